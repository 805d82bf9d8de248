"""Starter module: Build an online network."""

MODULE = {
    "slug": "online-network",
    "level": "beginner",
    "topics": ["networks"],
    "tags": {
        "en": ["online community", "groups", "moderation", "onboarding", "two-factor authentication"],
        "ar": ["المجتمع الرقمي", "المجموعات", "الإشراف", "استقبال الأعضاء", "التحقق بخطوتين"],
    },
    "en": {
        "title": "Build an online network",
        "summary": (
            "Bring the people who care about your cause together in an online network that is safe, welcoming and "
            "active. Map who you want to reach, choose platforms they already use, set clear rules and look after "
            "new members."
        ),
        "audience": (
            "Organisers, coordinators and volunteers who want to connect members, partners or supporters online, "
            "such as a network of youth groups across several governorates or a coalition of local NGOs."
        ),
        "outcomes": [
            "Map the people and groups you want to connect, and what each of them needs from the network.",
            "Choose platforms your members already use, and set up groups with safe privacy and admin settings.",
            "Write group rules and a welcome message, and onboard new members so that they take part.",
            "Moderate fairly, respond to rumours and conflict, and protect admin accounts with two-factor "
            "authentication.",
        ],
    },
    "ar": {
        "title": "ابنِ شبكة على الإنترنت",
        "summary": (
            "اجمع المهتمين بقضيتك في شبكة على الإنترنت تكون آمنة ومرحِّبة وحيوية. ارسم خريطة لمن تريد الوصول إليهم، "
            "واختر المنصات التي يستخدمونها أصلاً، وضع قواعد واضحة، واعتنِ بالأعضاء الجدد."
        ),
        "audience": (
            "المنظِّمون والمنسقون والمتطوعون الذين يريدون ربط الأعضاء أو الشركاء أو المؤيدين عبر الإنترنت، كشبكة "
            "لمجموعات شبابية في عدة محافظات أو تحالف لمنظمات محلية."
        ),
        "outcomes": [
            "رسم خريطة للأشخاص والمجموعات الذين تريد ربطهم، وما يحتاجه كل منهم من الشبكة.",
            "اختيار المنصات التي يستخدمها أعضاؤك أصلاً، وإنشاء مجموعات بإعدادات خصوصية وإشراف آمنة.",
            "كتابة قواعد المجموعة ورسالة ترحيب، واستقبال الأعضاء الجدد بطريقة تشجعهم على المشاركة.",
            "الإشراف بإنصاف، والتعامل مع الشائعات والخلافات، وحماية حسابات المشرفين بالتحقق بخطوتين.",
        ],
    },
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "map-your-network",
            "minutes": 20,
            "en": {
                "title": "Map who you want to reach and choose platforms",
                "summary": (
                    "Draw a simple map of your network, find out which apps people already use and match each "
                    "platform to a purpose."
                ),
                "body": [
                    (
                        "text",
                        "<p>A network is more than a big group chat. It is a set of people who know why they are "
                        "connected and what they can do for each other: share information, support a campaign, or "
                        "ask for help when something goes wrong. Forty active members can achieve more than 2,000 "
                        "people who never read the messages.</p>"
                        "<p>Before you open any group, spend an hour mapping who you want to reach. The map tells you "
                        "which platform to use, how big the group should be and what to post first.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A large sheet of paper or a whiteboard",
                                "Two or three people who know the community well",
                                "A list of the groups and people you already work with",
                                "Sticky notes or coloured pens",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Draw three circles",
                                    "body": "<p>In the centre, write your core team. In the middle circle, put the "
                                    "people you want as active members, such as youth volunteers in five "
                                    "governorates. In the outer circle, put supporters and partners who will follow "
                                    "but rarely post.</p>",
                                },
                                {
                                    "title": "Write what each group needs",
                                    "body": "<p>Next to each group, note what they want from the network: training "
                                    "news, job offers, legal advice or a place to coordinate. If you cannot name a "
                                    "need, that group will probably not join.</p>",
                                },
                                {
                                    "title": "Find out where people already are",
                                    "body": "<p>Ask five or six people from each circle which apps they open every "
                                    "day. In Iraq and the Kurdistan Region the answer is often WhatsApp, Telegram, "
                                    "Facebook or Viber. Go where people are, and do not ask them to install a new "
                                    "app unless there is a strong reason, such as safety.</p>",
                                },
                                {
                                    "title": "Match each platform to a purpose",
                                    "body": "<p>Use this as a starting point:</p>"
                                    "<ul><li>Telegram or WhatsApp channel: one-way announcements to many people</li>"
                                    "<li>WhatsApp or Telegram group: discussion among up to a few hundred "
                                    "people</li>"
                                    "<li>Facebook group: a wider community with posts that are easy to find "
                                    "later</li>"
                                    "<li>Signal group: small, sensitive coordination where privacy matters "
                                    "most</li></ul>",
                                },
                                {
                                    "title": "Start small",
                                    "body": "<p>Launch with the core team and 15 to 30 trusted members. Let them "
                                    "shape the culture of the group before you open it to more people.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Think about what each platform reveals. In an ordinary WhatsApp group, "
                            "every member can see every other member's phone number. Telegram lets people hide their "
                            "number in their privacy settings, and Signal lets people use a username instead of "
                            "sharing a number. Choose with this in mind for sensitive networks.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>You do not need one platform for everything. Many networks use a channel for "
                            "announcements and a smaller group for discussion, so that important news is not lost "
                            "among chat messages.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Your map is ready when",
                            "items": [
                                "You know who is in the core, the middle and the outer circle",
                                "Each group has a clear need that the network meets",
                                "You asked real people which apps they use",
                                "You chose a platform for each purpose",
                                "You have a list of 15 to 30 first members",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A coalition of women's groups in Basra, Najaf and Karbala wants its 12 "
                            "leaders to coordinate a sensitive advocacy campaign. Which option fits best?",
                            "choices": [
                                {
                                    "text": "A small Signal group with disappearing messages turned on",
                                    "correct": True,
                                    "explanation": "Right. The group is small and the topic is sensitive. Signal "
                                    "encrypts messages end to end, and disappearing messages limit what is exposed "
                                    "if a phone is lost or taken.",
                                },
                                {
                                    "text": "A public Facebook group",
                                    "correct": False,
                                    "explanation": "Anyone could read the plans, and every member would be visible "
                                    "to the public.",
                                },
                                {
                                    "text": "A Telegram channel",
                                    "correct": False,
                                    "explanation": "Channels are for one-way announcements, while coordination needs "
                                    "discussion. Telegram groups are also not end-to-end encrypted.",
                                },
                                {
                                    "text": "One large WhatsApp group with all the coalition's supporters",
                                    "correct": False,
                                    "explanation": "Mixing 12 leaders with hundreds of supporters exposes sensitive "
                                    "plans and everyone's phone numbers.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Signal Support",
                            "description": "Official help pages for Signal, including groups, usernames and "
                            "disappearing messages.",
                            "url": "https://support.signal.org/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "ارسم خريطة لمن تريد الوصول إليهم واختر المنصات",
                "summary": (
                    "ارسم خريطة بسيطة لشبكتك، واعرف التطبيقات التي يستخدمها الناس أصلاً، واجعل لكل منصة غرضاً محدداً."
                ),
                "body": [
                    (
                        "text",
                        "<p>الشبكة أكثر من مجموعة دردشة كبيرة؛ إنها أناس يعرفون لماذا اجتمعوا وما الذي يستطيع كل "
                        "منهم تقديمه للآخر: تبادل المعلومات، أو دعم حملة، أو طلب العون حين يقع مكروه. وأربعون عضواً "
                        "فاعلاً قد ينجزون أكثر مما ينجزه ألفا شخص لا يقرأ أحد منهم الرسائل.</p>"
                        "<p>قبل أن تنشئ أي مجموعة، خصّص ساعة لترسم خريطة لمن تريد الوصول إليهم. فالخريطة تدلك على "
                        "المنصة المناسبة، والحجم الملائم للمجموعة، وما ينبغي أن تنشره أولاً.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "ورقة كبيرة أو سبورة",
                                "شخصان أو ثلاثة يعرفون المجتمع معرفة جيدة",
                                "قائمة بالمجموعات والأشخاص الذين تعملون معهم حالياً",
                                "أوراق لاصقة أو أقلام ملونة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "ارسم ثلاث دوائر",
                                    "body": "<p>اكتب في المركز فريقك الأساسي، وفي الدائرة الوسطى من تريدهم أعضاء "
                                    "فاعلين، كالمتطوعين الشباب في خمس محافظات، وفي الدائرة الخارجية المؤيدين "
                                    "والشركاء الذين سيتابعون لكنهم نادراً ما ينشرون.</p>",
                                },
                                {
                                    "title": "اكتب حاجة كل فئة",
                                    "body": "<p>دوّن بجانب كل فئة ما تريده من الشبكة: أخبار التدريب، أو فرص العمل، "
                                    "أو الاستشارة القانونية، أو مساحة للتنسيق. فإن لم تستطع تسمية حاجة واضحة فالأرجح "
                                    "أن هذه الفئة لن تنضم.</p>",
                                },
                                {
                                    "title": "اعرف أين يوجد الناس أصلاً",
                                    "body": "<p>اسأل خمسة أو ستة أشخاص من كل دائرة عن التطبيقات التي يفتحونها كل "
                                    "يوم. والجواب في العراق وإقليم كردستان كثيراً ما يكون واتساب أو تيليغرام أو "
                                    "فيسبوك أو فايبر. اذهب إلى حيث يوجد الناس، ولا تطلب منهم تثبيت تطبيق جديد إلا "
                                    "لسبب قوي كالسلامة.</p>",
                                },
                                {
                                    "title": "اجعل لكل منصة غرضاً",
                                    "body": "<p>اعتمد هذا التقسيم نقطة بداية:</p>"
                                    "<ul><li>قناة تيليغرام أو واتساب: إعلانات باتجاه واحد لعدد كبير من الناس</li>"
                                    "<li>مجموعة واتساب أو تيليغرام: نقاش بين عدد يصل إلى بضع مئات</li>"
                                    "<li>مجموعة فيسبوك: مجتمع أوسع ومنشورات يسهل الرجوع إليها لاحقاً</li>"
                                    "<li>مجموعة Signal: تنسيق حساس في نطاق ضيق حيث الخصوصية أهم ما يكون</li></ul>",
                                },
                                {
                                    "title": "ابدأ صغيراً",
                                    "body": "<p>انطلق بالفريق الأساسي ومعه 15 إلى 30 عضواً موثوقاً، ودعهم يرسّخون "
                                    "ثقافة المجموعة قبل أن تفتحها لعدد أكبر.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>فكّر فيما تكشفه كل منصة. ففي مجموعة واتساب العادية يرى كل عضو أرقام هواتف "
                            "جميع الأعضاء الآخرين، بينما يتيح تيليغرام إخفاء الرقم من إعدادات الخصوصية، ويتيح Signal "
                            "استخدام اسم مستخدم بدلاً من مشاركة الرقم. ضع هذا في حسبانك عند اختيار منصة لشبكة "
                            "حساسة.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>لا تحتاج إلى منصة واحدة لكل شيء. فكثير من الشبكات تستخدم قناة للإعلانات "
                            "ومجموعة أصغر للنقاش، حتى لا تضيع الأخبار المهمة بين رسائل الدردشة.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "تكون خريطتك جاهزة حين",
                            "items": [
                                "تعرف من في المركز ومن في الدائرة الوسطى ومن في الدائرة الخارجية",
                                "يكون لكل فئة حاجة واضحة تلبيها الشبكة",
                                "تكون قد سألت أناساً حقيقيين عن التطبيقات التي يستخدمونها",
                                "تكون قد اخترت منصة لكل غرض",
                                "تكون لديك قائمة بأول 15 إلى 30 عضواً",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "يريد تحالف لمجموعات نسائية في البصرة والنجف وكربلاء أن تنسق قياداته الاثنتا "
                            "عشرة حملة مناصرة حساسة. أي الخيارات أنسب؟",
                            "choices": [
                                {
                                    "text": "مجموعة صغيرة على Signal مع تفعيل الرسائل المؤقتة",
                                    "correct": True,
                                    "explanation": "صحيح. المجموعة صغيرة والموضوع حساس، وSignal يشفّر الرسائل "
                                    "تشفيراً تاماً بين الطرفين، والرسائل المؤقتة تحدّ مما قد ينكشف إذا ضاع هاتف أو "
                                    "صودر.",
                                },
                                {
                                    "text": "مجموعة عامة على فيسبوك",
                                    "correct": False,
                                    "explanation": "سيستطيع أي شخص قراءة الخطط، وسيكون كل الأعضاء مكشوفين للعموم.",
                                },
                                {
                                    "text": "قناة على تيليغرام",
                                    "correct": False,
                                    "explanation": "القنوات للإعلانات باتجاه واحد، والتنسيق يحتاج إلى نقاش. كما أن "
                                    "مجموعات تيليغرام غير مشفّرة تشفيراً تاماً بين الطرفين.",
                                },
                                {
                                    "text": "مجموعة واتساب كبيرة واحدة تضم كل مؤيدي التحالف",
                                    "correct": False,
                                    "explanation": "خلط القيادات الاثنتي عشرة بمئات المؤيدين يكشف الخطط الحساسة "
                                    "وأرقام هواتف الجميع.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "مركز مساعدة Signal",
                            "description": "صفحات المساعدة الرسمية لتطبيق Signal، ومنها المجموعات وأسماء المستخدمين "
                            "والرسائل المؤقتة.",
                            "url": "https://support.signal.org/",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "set-up-safely",
            "minutes": 25,
            "en": {
                "title": "Set up your group safely",
                "summary": (
                    "Choose privacy settings, limit who can change the group, appoint several admins and protect "
                    "every admin account with two-factor authentication."
                ),
                "body": [
                    (
                        "text",
                        "<p>The settings you choose on the first day decide who can join, who can post and who can see "
                        "members' details. You can change them later, but it is confusing, and by then some people "
                        "may already be exposed. Take twenty minutes to get them right before you send the first "
                        "invitation.</p>"
                        "<p>Admin accounts are the keys to the group. If one is taken over, an attacker can remove "
                        "members, post in your name or read private discussions. That is why every admin must protect "
                        "their account with two-factor authentication.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "The phone numbers or usernames of two to four trusted admins",
                                "The app installed and up to date on every admin's phone",
                                "An authenticator app such as Aegis, or the app's own PIN feature",
                                "A draft of five to eight group rules",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Choose the right level of privacy",
                                    "body": "<p>On Facebook, a private group hides posts and the member list from "
                                    "non-members. On Telegram, a private group can only be joined through an invite "
                                    "link, and in groups of more than 100 members admins can also hide the member "
                                    "list. On WhatsApp, turn on “Approve new participants” so that admins approve "
                                    "every request to join.</p>",
                                },
                                {
                                    "title": "Limit who can change the group",
                                    "body": "<p>Allow only admins to edit the group name, photo and description, and "
                                    "to add members. In an announcement group, allow only admins to send "
                                    "messages.</p>",
                                },
                                {
                                    "title": "Appoint at least two admins",
                                    "body": "<p>Never rely on a single admin. If that person loses their phone or is "
                                    "detained, the group is left without anyone in charge. Choose two to four "
                                    "trusted people in different places, and agree who decides what.</p>",
                                },
                                {
                                    "title": "Turn on two-factor authentication for every admin",
                                    "body": "<p>WhatsApp: <b>Settings → Account → Two-step verification</b>. "
                                    "Telegram: <b>Settings → Privacy and Security → Two-Step Verification</b>. "
                                    "Signal: <b>Settings → Account → Registration Lock</b>. Facebook: <b>Accounts "
                                    "Center → Password and security → Two-factor authentication</b>, preferably "
                                    "with an authenticator app rather than SMS codes.</p>",
                                },
                                {
                                    "title": "Pin the rules",
                                    "body": "<p>Write five to eight short rules, put them in the group description "
                                    "and pin them. Say what the group is for, what is not allowed, how admins "
                                    "enforce the rules and what to do in an emergency.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>If the network's work is sensitive, admins should not use a name or a number "
                            "that links them to their family or home. On Telegram, go to Privacy and Security and set "
                            "<b>Phone Number</b> visibility to <b>Nobody</b>.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Rules that work well in many groups: stay on topic; respect others, with no "
                            "insults or hate speech; check news before you share it; never share members' numbers or "
                            "screenshots outside the group; admins may remove messages or members who break the "
                            "rules.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you invite anyone",
                            "items": [
                                "The privacy settings match how sensitive the network is",
                                "Only admins can change settings and add members",
                                "There are at least two admins, in different places",
                                "Every admin has two-factor authentication turned on",
                                "The rules are written, posted and pinned",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Why should a network have at least two admins?",
                            "choices": [
                                {
                                    "text": "So that the group is not lost if one admin loses access or cannot act",
                                    "correct": True,
                                    "explanation": "Right. Phones get lost, accounts get locked and people become "
                                    "unavailable. A second admin keeps the group running and can remove an "
                                    "intruder.",
                                },
                                {
                                    "text": "So that more people can post announcements",
                                    "correct": False,
                                    "explanation": "That is possible, but it is not the main reason. The main reason "
                                    "is continuity and safety.",
                                },
                                {
                                    "text": "Because the apps require it",
                                    "correct": False,
                                    "explanation": "None of the main apps requires two admins. It is good practice, "
                                    "not a platform rule.",
                                },
                                {
                                    "text": "So that admins can check each other's private messages",
                                    "correct": False,
                                    "explanation": "Admins cannot read each other's private messages, and should not "
                                    "try. Admin rights cover only the group.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Surveillance Self-Defense (EFF)",
                            "description": "Practical guides to two-factor authentication, secure messaging and "
                            "protecting your accounts, available in several languages.",
                            "url": "https://ssd.eff.org/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "أنشئ مجموعتك بأمان",
                "summary": (
                    "اختر إعدادات الخصوصية، وحدّد من يحق له تعديل المجموعة، وعيّن أكثر من مشرف، واحمِ حساب كل مشرف "
                    "بالتحقق بخطوتين."
                ),
                "body": [
                    (
                        "text",
                        "<p>الإعدادات التي تختارها في اليوم الأول تحدد من يستطيع الانضمام، ومن يستطيع النشر، ومن "
                        "يستطيع رؤية بيانات الأعضاء. صحيح أنك تستطيع تغييرها لاحقاً، لكن ذلك يربك الأعضاء، وقد يكون "
                        "بعضهم قد انكشف بالفعل. فخصّص عشرين دقيقة لضبطها قبل أن ترسل أول دعوة.</p>"
                        "<p>وحسابات المشرفين هي مفاتيح المجموعة؛ فإذا استولى أحد على واحد منها استطاع أن يطرد "
                        "الأعضاء، أو ينشر باسمكم، أو يقرأ النقاشات الخاصة. ولهذا يجب أن يحمي كل مشرف حسابه بالتحقق "
                        "بخطوتين.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "أرقام هواتف أو أسماء مستخدمين لمشرفَين إلى أربعة مشرفين موثوقين",
                                "التطبيق مثبَّتاً ومحدَّثاً على هاتف كل مشرف",
                                "تطبيق مصادقة مثل Aegis، أو خاصية الرمز السري في التطبيق نفسه",
                                "مسودة بخمس إلى ثماني قواعد للمجموعة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اختر مستوى الخصوصية المناسب",
                                    "body": "<p>في فيسبوك، تُخفي المجموعة الخاصة المنشورات وقائمة الأعضاء عن غير "
                                    "الأعضاء. وفي تيليغرام، لا يمكن الانضمام إلى المجموعة الخاصة إلا عبر رابط دعوة، "
                                    "ويستطيع المشرفون في المجموعات التي يزيد أعضاؤها على 100 إخفاء قائمة الأعضاء "
                                    "أيضاً. وفي واتساب، فعّل خيار «الموافقة على المشاركين الجدد» ليوافق المشرفون على "
                                    "كل طلب انضمام.</p>",
                                },
                                {
                                    "title": "حدّد من يستطيع تعديل المجموعة",
                                    "body": "<p>اجعل تعديل اسم المجموعة وصورتها ووصفها، وإضافة الأعضاء، حكراً على "
                                    "المشرفين. وفي مجموعات الإعلانات اجعل إرسال الرسائل للمشرفين وحدهم.</p>",
                                },
                                {
                                    "title": "عيّن مشرفَين على الأقل",
                                    "body": "<p>لا تعتمد أبداً على مشرف واحد، فإذا فقد هاتفه أو اعتُقل بقيت المجموعة "
                                    "بلا أحد يديرها. اختر من اثنين إلى أربعة أشخاص موثوقين في أماكن مختلفة، "
                                    "واتفقوا على من يقرر ماذا.</p>",
                                },
                                {
                                    "title": "فعّل التحقق بخطوتين لكل مشرف",
                                    "body": "<p>واتساب: <b>الإعدادات ← الحساب ← التحقق بخطوتين</b>. تيليغرام: "
                                    "<b>الإعدادات ← الخصوصية والأمان ← التحقق بخطوتين</b>. Signal: <b>الإعدادات ← "
                                    "الحساب ← قفل التسجيل</b>. فيسبوك: <b>مركز الحسابات ← كلمة السر والأمان ← "
                                    "المصادقة الثنائية</b>، ويُفضَّل استخدام تطبيق مصادقة بدلاً من رموز الرسائل "
                                    "القصيرة.</p>",
                                },
                                {
                                    "title": "ثبّت القواعد",
                                    "body": "<p>اكتب من خمس إلى ثماني قواعد قصيرة، وضعها في وصف المجموعة وثبّتها. "
                                    "ووضّح فيها غرض المجموعة، وما هو ممنوع، وكيف يطبّق المشرفون القواعد، وما العمل "
                                    "في حالات الطوارئ.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>إذا كان عمل الشبكة حساساً فلا ينبغي أن يستخدم المشرفون اسماً أو رقماً يربطهم "
                            "بأسرهم أو بيوتهم. وفي تيليغرام، افتح إعدادات الخصوصية والأمان واجعل ظهور <b>رقم "
                            "الهاتف</b> على <b>لا أحد</b>.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>قواعد أثبتت نجاحها في مجموعات كثيرة: التزم بموضوع المجموعة؛ احترم الآخرين "
                            "فلا شتائم ولا خطاب كراهية؛ تحقّق من الخبر قبل أن تنشره؛ لا تشارك أرقام الأعضاء أو صور "
                            "الشاشة خارج المجموعة أبداً؛ يحق للمشرفين حذف الرسائل أو إخراج من يخالف القواعد.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تدعو أحداً",
                            "items": [
                                "إعدادات الخصوصية تتناسب مع حساسية الشبكة",
                                "المشرفون وحدهم يستطيعون تعديل الإعدادات وإضافة الأعضاء",
                                "هناك مشرفان على الأقل في مكانين مختلفين",
                                "التحقق بخطوتين مفعَّل لدى كل مشرف",
                                "القواعد مكتوبة ومنشورة ومثبّتة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "لماذا ينبغي أن يكون للشبكة مشرفان على الأقل؟",
                            "choices": [
                                {
                                    "text": "حتى لا تضيع المجموعة إذا فقد أحد المشرفين الوصول أو تعذّر عليه التصرف",
                                    "correct": True,
                                    "explanation": "صحيح. الهواتف تضيع، والحسابات تُقفل، والناس قد يغيبون فجأة. "
                                    "والمشرف الثاني يُبقي المجموعة قائمة ويستطيع إخراج أي متسلل.",
                                },
                                {
                                    "text": "حتى يتمكن عدد أكبر من نشر الإعلانات",
                                    "correct": False,
                                    "explanation": "هذا ممكن، لكنه ليس السبب الرئيسي؛ فالسبب الأهم هو الاستمرارية "
                                    "والسلامة.",
                                },
                                {
                                    "text": "لأن التطبيقات تشترط ذلك",
                                    "correct": False,
                                    "explanation": "لا يشترط أي من التطبيقات الرئيسية وجود مشرفَين، فهذه ممارسة "
                                    "جيدة لا قاعدة من قواعد المنصة.",
                                },
                                {
                                    "text": "حتى يراقب المشرفون الرسائل الخاصة لبعضهم",
                                    "correct": False,
                                    "explanation": "لا يستطيع المشرفون قراءة الرسائل الخاصة لبعضهم، ولا ينبغي أن "
                                    "يحاولوا؛ فصلاحيات الإشراف تقتصر على المجموعة.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "الدفاع الذاتي ضد المراقبة (مؤسسة EFF)",
                            "description": "أدلة عملية للتحقق بخطوتين والمراسلة الآمنة وحماية الحسابات، متاحة بعدة "
                            "لغات.",
                            "url": "https://ssd.eff.org/",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "welcome-new-members",
            "minutes": 20,
            "en": {
                "title": "Welcome and onboard new members",
                "summary": (
                    "Invite people instead of adding them, check who joins, greet them warmly and give them a first "
                    "small task."
                ),
                "body": [
                    (
                        "text",
                        "<p>The first days in a group decide whether a new member becomes active or goes silent for "
                        "good. People who are added without any explanation often leave, or mute the group and never "
                        "come back. A short, warm welcome and a simple first task help people feel they belong.</p>"
                        "<p>Onboarding also protects the network. Asking who someone is and who invited them, before "
                        "they join, keeps out accounts that come only to watch or to cause trouble.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your pinned group rules",
                                "A welcome message written in each language your members use",
                                "Three short questions to ask before someone joins",
                                "A volunteer “welcome buddy” for the first weeks",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Invite, do not add",
                                    "body": "<p>Send people an invitation with a short explanation, instead of "
                                    "adding them without asking. This respects their choice and tells them what the "
                                    "group is about before they join.</p>",
                                },
                                {
                                    "title": "Check new members",
                                    "body": "<p>Ask three simple questions: Who are you? Who told you about the "
                                    "group? What do you hope to give or get? In sensitive networks, an existing "
                                    "member should vouch for anyone the admins do not know.</p>",
                                },
                                {
                                    "title": "Send the welcome message",
                                    "body": "<p>Greet each new member by name, or greet the week's newcomers "
                                    "together. Include a link to the rules, a sentence on what the group is for and "
                                    "one easy thing to do now, such as introducing themselves in one line.</p>",
                                },
                                {
                                    "title": "Give a first task",
                                    "body": "<p>Ask new members to do something small in their first week: answer a "
                                    "poll, share a photo of their group's activity, or tell you which topic "
                                    "interests them most. Small actions lead to bigger ones.</p>",
                                },
                                {
                                    "title": "Follow up in private",
                                    "body": "<p>After one or two weeks, the welcome buddy sends a private message: "
                                    "“How is it going? Is there anything you need?” This reaches people who feel "
                                    "lost before they leave.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>An example welcome: “Welcome, Sara! This group connects youth volunteers "
                            "across Iraq to share training news and support each other. Please read the pinned "
                            "rules, then tell us in one line who you are and which city you are in.”</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Write the welcome in the languages your members use. In a network that spans "
                            "Baghdad and Sulaymaniyah, a short welcome in both Arabic and Kurdish tells "
                            "Kurdish-speaking members that they are an equal part of the group.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Onboarding checklist",
                            "items": [
                                "People are invited with an explanation, not added",
                                "Unknown people are vouched for by a member",
                                "Every new member gets a welcome and the rules",
                                "Every new member is given a small first task",
                                "Someone follows up privately after one or two weeks",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A volunteer adds 200 contacts from his phone to your network's WhatsApp "
                            "group without asking them. What is the main problem?",
                            "choices": [
                                {
                                    "text": "Those people did not choose to join, and their phone numbers are now "
                                    "visible to everyone in the group",
                                    "correct": True,
                                    "explanation": "Right. Adding people without consent annoys them and shows their "
                                    "numbers to strangers, which can put them at risk.",
                                },
                                {
                                    "text": "The group will become too active",
                                    "correct": False,
                                    "explanation": "Usually the opposite happens: people added without explanation "
                                    "mute the group or leave.",
                                },
                                {
                                    "text": "WhatsApp groups cannot hold 200 people",
                                    "correct": False,
                                    "explanation": "WhatsApp groups can hold far more than 200 members. The problem "
                                    "is consent and privacy, not size.",
                                },
                                {
                                    "text": "There is no problem if the volunteer knows them",
                                    "correct": False,
                                    "explanation": "Knowing someone does not mean they agreed to join, or to share "
                                    "their number with the whole group.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "رحّب بالأعضاء الجدد وساعدهم على الاندماج",
                "summary": ("ادعُ الناس بدلاً من إضافتهم، وتحقّق ممن ينضم، ورحّب بهم بحرارة، وامنحهم مهمة أولى صغيرة."),
                "body": [
                    (
                        "text",
                        "<p>الأيام الأولى في المجموعة هي التي تحدد إن كان العضو الجديد سيصبح فاعلاً أم سيصمت إلى "
                        "الأبد. فمن يُضاف دون أي توضيح كثيراً ما يغادر، أو يكتم صوت المجموعة ولا يعود إليها. وترحيب "
                        "قصير دافئ مع مهمة أولى بسيطة يشعر الناس بأنهم جزء من المكان.</p>"
                        "<p>واستقبال الأعضاء بعناية يحمي الشبكة أيضاً. فالسؤال عن هوية الشخص ومن دعاه، قبل انضمامه، "
                        "يبعد الحسابات التي تأتي لتتجسس أو لتثير المشكلات.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "قواعد المجموعة المثبّتة",
                                "رسالة ترحيب مكتوبة بكل لغة يستخدمها أعضاؤك",
                                "ثلاثة أسئلة قصيرة تطرحها قبل انضمام أي شخص",
                                "متطوع يكون «رفيق الترحيب» في الأسابيع الأولى",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "ادعُ ولا تُضِف",
                                    "body": "<p>أرسل إلى الناس دعوة مع شرح قصير بدلاً من إضافتهم دون استئذان، "
                                    "فهذا يحترم اختيارهم ويعرّفهم بالمجموعة قبل أن ينضموا إليها.</p>",
                                },
                                {
                                    "title": "تحقّق من الأعضاء الجدد",
                                    "body": "<p>اطرح ثلاثة أسئلة بسيطة: من أنت؟ ومن أخبرك عن المجموعة؟ وما الذي "
                                    "تأمل أن تقدّمه أو تناله؟ وفي الشبكات الحساسة ينبغي أن يزكّي عضو حالي كل شخص لا "
                                    "يعرفه المشرفون.</p>",
                                },
                                {
                                    "title": "أرسل رسالة الترحيب",
                                    "body": "<p>رحّب بكل عضو جديد باسمه، أو رحّب بالقادمين الجدد معاً مرة في الأسبوع. "
                                    "وضمّن الرسالة رابط القواعد، وجملة عن غرض المجموعة، وأمراً سهلاً يفعله العضو "
                                    "الآن، كأن يعرّف بنفسه في سطر واحد.</p>",
                                },
                                {
                                    "title": "امنحه مهمة أولى",
                                    "body": "<p>اطلب من الأعضاء الجدد أمراً صغيراً في أسبوعهم الأول: الإجابة عن "
                                    "استطلاع، أو مشاركة صورة من نشاط مجموعتهم، أو إخبارك بالموضوع الذي يهمهم أكثر "
                                    "من غيره. فالخطوات الصغيرة تمهّد للكبيرة.</p>",
                                },
                                {
                                    "title": "تابِع على انفراد",
                                    "body": "<p>بعد أسبوع أو أسبوعين يرسل رفيق الترحيب رسالة خاصة: «كيف تجد "
                                    "المجموعة؟ هل تحتاج إلى شيء؟». وبهذا تصل إلى من يشعرون بالضياع قبل أن "
                                    "يغادروا.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>مثال على رسالة ترحيب: «أهلاً بكِ يا سارة! تجمع هذه المجموعة متطوعين شباباً "
                            "من أنحاء العراق لتبادل أخبار التدريب ومساندة بعضهم بعضاً. نرجو أن تقرئي القواعد المثبّتة، "
                            "ثم تعرّفينا بنفسك في سطر واحد وتخبرينا من أي مدينة أنتِ».</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>اكتب الترحيب باللغات التي يستخدمها أعضاؤك. ففي شبكة تمتد من بغداد إلى "
                            "السليمانية، يخبر ترحيب قصير بالعربية والكردية معاً الأعضاءَ الناطقين بالكردية بأنهم "
                            "شركاء متساوون في المجموعة.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قائمة التحقق لاستقبال الأعضاء",
                            "items": [
                                "يُدعى الناس مع شرح، ولا يُضافون دون استئذان",
                                "يزكّي عضو حالي كل شخص غير معروف",
                                "يتلقى كل عضو جديد رسالة ترحيب والقواعد",
                                "يُمنح كل عضو جديد مهمة أولى صغيرة",
                                "يتابع أحدهم على انفراد بعد أسبوع أو أسبوعين",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أضاف متطوع 200 رقم من هاتفه إلى مجموعة واتساب الخاصة بشبكتكم دون أن "
                            "يستأذن أصحابها. ما المشكلة الأساسية؟",
                            "choices": [
                                {
                                    "text": "هؤلاء لم يختاروا الانضمام، وأرقام هواتفهم صارت مكشوفة لكل من في المجموعة",
                                    "correct": True,
                                    "explanation": "صحيح. إضافة الناس دون موافقتهم تزعجهم وتكشف أرقامهم للغرباء، "
                                    "وقد يعرّضهم ذلك للخطر.",
                                },
                                {
                                    "text": "ستصبح المجموعة نشطة أكثر من اللازم",
                                    "correct": False,
                                    "explanation": "العكس هو ما يحدث عادة: من يُضاف دون توضيح يكتم صوت المجموعة "
                                    "أو يغادرها.",
                                },
                                {
                                    "text": "مجموعات واتساب لا تتسع لـ200 شخص",
                                    "correct": False,
                                    "explanation": "تتسع مجموعات واتساب لأكثر من 200 عضو بكثير، فالمشكلة في "
                                    "الموافقة والخصوصية لا في العدد.",
                                },
                                {
                                    "text": "لا مشكلة ما دام المتطوع يعرفهم",
                                    "correct": False,
                                    "explanation": "معرفته بهم لا تعني أنهم وافقوا على الانضمام، أو على كشف أرقامهم "
                                    "للمجموعة كلها.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "moderate-and-sustain",
            "minutes": 25,
            "en": {
                "title": "Moderate fairly and keep the network alive",
                "summary": (
                    "Agree on how admins respond to problems, stop rumours early, act fast on harm and keep a steady "
                    "rhythm of useful activity."
                ),
                "body": [
                    (
                        "text",
                        "<p>Every active group meets conflict sooner or later: political arguments, rumours, spam, or "
                        "a member who insults others. Moderation is not censorship. It is how you keep the group "
                        "useful and safe for the people it was built for. Quick, fair and consistent decisions build "
                        "trust, while silence or favouritism drives good members away.</p>"
                        "<p>Networks also fade when nothing happens. A simple rhythm of useful posts, and moments "
                        "when members meet or act together, keeps people involved without flooding their "
                        "phones.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your pinned rules and the list of admins",
                                "A private admin chat for discussing decisions",
                                "A simple log of warnings and removals",
                                "A monthly calendar of network activities",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Agree on a ladder of responses",
                                    "body": "<p>Decide in advance how admins respond when someone breaks a rule:</p>"
                                    "<ul><li>first time: a polite private reminder</li>"
                                    "<li>second time: a public reminder, or the message is deleted</li>"
                                    "<li>third time, or serious abuse: removal from the group</li></ul>",
                                },
                                {
                                    "title": "Act at once on harm",
                                    "body": "<p>Threats, hate speech, sexual harassment and sharing someone's "
                                    "personal details are removed immediately, without the ladder. Take a "
                                    "screenshot for your records first, and support the person who was "
                                    "targeted.</p>",
                                },
                                {
                                    "title": "Stop rumours early",
                                    "body": "<p>When someone shares an unverified claim, such as news of an attack or "
                                    "a fake job offer, ask for a source and post a short correction if it is false. "
                                    "During a crisis, pin verified information at the top of the group.</p>",
                                },
                                {
                                    "title": "Keep a steady rhythm",
                                    "body": "<p>Plan a few regular moments: a weekly digest of opportunities, a "
                                    "monthly online meeting, a story from a member. Two to four useful posts a week "
                                    "from admins are usually enough to keep a group alive.</p>",
                                },
                                {
                                    "title": "Review every three months",
                                    "body": "<p>Look at who is active, who left and why, and which posts drew the most "
                                    "useful replies. Remove inactive admins, refresh the rules and ask members what "
                                    "they would like more of.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>If a member's phone is seized or an account is hacked, act fast: remove that "
                            "account from the group, reset the invite link and ask members not to share sensitive "
                            "details until you know what was exposed.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Use the private admin chat to agree before acting on difficult cases. A "
                            "decision taken by two admins together is fairer, and easier to defend, than one "
                            "person's reaction in the heat of the moment.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Monthly network health check",
                            "items": [
                                "All admins still have access and two-factor authentication",
                                "The moderation log is up to date",
                                "Rumours were answered with verified information",
                                "At least one activity brought members together",
                                "The invite link was reset if it spread too widely",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A long-standing member posts, with no source, that a protest in Nasiriyah "
                            "will be attacked. Members start to panic. What should an admin do first?",
                            "choices": [
                                {
                                    "text": "Ask for a source, note that the claim is unverified, and pin verified "
                                    "information once it is available",
                                    "correct": True,
                                    "explanation": "Right. This slows the spread of a possibly false claim without "
                                    "humiliating the member, and gives people something reliable to follow.",
                                },
                                {
                                    "text": "Forward it to other groups to warn everyone, just in case",
                                    "correct": False,
                                    "explanation": "Spreading unverified warnings causes panic and can be exploited "
                                    "by people who want the protest to fail.",
                                },
                                {
                                    "text": "Remove the member from the group immediately",
                                    "correct": False,
                                    "explanation": "Removal is too harsh for a first, well-meant mistake. Correct "
                                    "the information and remind members of the rule to check news first.",
                                },
                                {
                                    "text": "Say nothing and let members decide for themselves",
                                    "correct": False,
                                    "explanation": "Silence lets panic grow. Admins should flag unverified claims "
                                    "quickly.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Security in a Box",
                            "description": "Free guides from Front Line Defenders on protecting accounts, devices "
                            "and communications, for human rights defenders and activists.",
                            "url": "https://securityinabox.org/en/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "أشرف بإنصاف وحافظ على حيوية الشبكة",
                "summary": (
                    "اتفق مع المشرفين على طريقة التعامل مع المشكلات، وأوقف الشائعات مبكراً، وتحرّك فوراً عند الأذى، "
                    "وحافظ على إيقاع ثابت من النشاط المفيد."
                ),
                "body": [
                    (
                        "text",
                        "<p>كل مجموعة نشطة تواجه الخلاف عاجلاً أو آجلاً: جدالات سياسية، وشائعات، ورسائل مزعجة، أو عضو "
                        "يسيء إلى غيره. والإشراف ليس رقابة، بل هو ما يُبقي المجموعة مفيدة وآمنة لمن أُنشئت من أجلهم. "
                        "فالقرارات السريعة المنصفة المتسقة تبني الثقة، أما الصمت أو المحاباة فيُنفّران الأعضاء "
                        "الجيدين.</p>"
                        "<p>والشبكات تذبل أيضاً حين لا يحدث فيها شيء. وإيقاع بسيط من المنشورات المفيدة، ولحظات يلتقي "
                        "فيها الأعضاء أو يعملون معاً، يُبقي الناس منخرطين دون إغراق هواتفهم بالرسائل.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "قواعد المجموعة المثبّتة وقائمة المشرفين",
                                "محادثة خاصة بالمشرفين لمناقشة القرارات",
                                "سجل بسيط للتنبيهات وحالات الإخراج",
                                "تقويم شهري لأنشطة الشبكة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اتفقوا على سُلّم للتعامل مع المخالفات",
                                    "body": "<p>حدّدوا مسبقاً كيف يتصرف المشرفون حين يخالف أحد القواعد:</p>"
                                    "<ul><li>المرة الأولى: تذكير خاص مهذب</li>"
                                    "<li>المرة الثانية: تذكير علني أو حذف الرسالة</li>"
                                    "<li>المرة الثالثة أو الإساءة الجسيمة: الإخراج من المجموعة</li></ul>",
                                },
                                {
                                    "title": "تحرّك فوراً عند الأذى",
                                    "body": "<p>التهديدات وخطاب الكراهية والتحرش الجنسي ونشر البيانات الشخصية لأي "
                                    "أحد تُحذف فوراً دون المرور بالسُّلّم. احفظ صورة للشاشة في سجلاتك أولاً، وقف إلى "
                                    "جانب الشخص المستهدف.</p>",
                                },
                                {
                                    "title": "أوقف الشائعات مبكراً",
                                    "body": "<p>حين ينشر أحدهم ادعاءً لم يُتحقق منه، كخبر عن هجوم أو عرض عمل مزيف، "
                                    "فاطلب المصدر وانشر تصحيحاً موجزاً إن تبيّن أنه كاذب. وفي أوقات الأزمات ثبّت "
                                    "المعلومات الموثوقة في أعلى المجموعة.</p>",
                                },
                                {
                                    "title": "حافظ على إيقاع ثابت",
                                    "body": "<p>خطّط لمحطات منتظمة: نشرة أسبوعية بالفرص المتاحة، ولقاء شهري عبر "
                                    "الإنترنت، وقصة من أحد الأعضاء. ويكفي عادة أن ينشر المشرفون من منشورين إلى أربعة "
                                    "منشورات مفيدة في الأسبوع لتبقى المجموعة حية.</p>",
                                },
                                {
                                    "title": "راجِع كل ثلاثة أشهر",
                                    "body": "<p>انظر من هم الأعضاء النشطون، ومن غادر ولماذا، وأي المنشورات جلبت "
                                    "أكثر الردود فائدة. أعفِ المشرفين غير النشطين، وجدّد القواعد، واسأل الأعضاء عما "
                                    "يريدون المزيد منه.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>إذا صودر هاتف أحد الأعضاء أو اختُرق حسابه فتحرّك بسرعة: أخرج ذلك الحساب من "
                            "المجموعة، وأعد إنشاء رابط الدعوة، واطلب من الأعضاء ألا يشاركوا تفاصيل حساسة حتى تعرف ما "
                            "الذي انكشف.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>استخدموا محادثة المشرفين الخاصة للاتفاق قبل التصرف في الحالات الصعبة، "
                            "فالقرار الذي يتخذه مشرفان معاً أعدل وأسهل في الدفاع عنه من ردة فعل شخص واحد في لحظة "
                            "انفعال.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "الفحص الشهري لصحة الشبكة",
                            "items": [
                                "ما زال كل المشرفين قادرين على الدخول ويستخدمون التحقق بخطوتين",
                                "سجل الإشراف محدَّث",
                                "رُدّ على الشائعات بمعلومات موثوقة",
                                "جمع نشاط واحد على الأقل الأعضاء معاً",
                                "أُعيد إنشاء رابط الدعوة إن انتشر أكثر مما ينبغي",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "نشر عضو قديم، دون أي مصدر، أن تظاهرة في الناصرية ستتعرض لهجوم، فبدأ الذعر "
                            "ينتشر بين الأعضاء. ما أول ما ينبغي أن يفعله المشرف؟",
                            "choices": [
                                {
                                    "text": "يطلب المصدر، وينبّه إلى أن الخبر لم يُتحقق منه، ثم يثبّت المعلومات "
                                    "الموثوقة حين تتوفر",
                                    "correct": True,
                                    "explanation": "صحيح. هكذا تبطئ انتشار ادعاء قد يكون كاذباً دون أن تحرج "
                                    "العضو، وتمنح الناس مرجعاً موثوقاً.",
                                },
                                {
                                    "text": "يعيد توجيهه إلى مجموعات أخرى لتحذير الجميع من باب الاحتياط",
                                    "correct": False,
                                    "explanation": "نشر التحذيرات غير المؤكدة يثير الذعر، وقد يستغله من يريد "
                                    "إفشال التظاهرة.",
                                },
                                {
                                    "text": "يُخرج العضو من المجموعة فوراً",
                                    "correct": False,
                                    "explanation": "الإخراج أقسى من اللازم لخطأ أول حسن النية. صحّح المعلومة وذكّر "
                                    "الأعضاء بقاعدة التحقق من الأخبار قبل نشرها.",
                                },
                                {
                                    "text": "يلتزم الصمت ويترك الأعضاء يقررون بأنفسهم",
                                    "correct": False,
                                    "explanation": "الصمت يترك الذعر يتفاقم، وعلى المشرفين التنبيه سريعاً إلى "
                                    "الادعاءات غير المؤكدة.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "الأمن في صندوق (Security in a Box)",
                            "description": "أدلة مجانية من منظمة فرونت لاين ديفندرز لحماية الحسابات والأجهزة "
                            "والاتصالات، موجهة إلى المدافعين عن حقوق الإنسان والناشطين.",
                            "url": "https://securityinabox.org/en/",
                        },
                    ),
                ],
            },
        },
    ],
}
