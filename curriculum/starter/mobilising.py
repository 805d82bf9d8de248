"""Starter module: Mobilising your network for a cause."""

MODULE = {
    "slug": "mobilising",
    "level": "intermediate",
    "topics": ["campaigns", "networks"],
    "tags": {
        "en": ["campaign", "volunteers", "advocacy", "organising"],
        "ar": ["حملة", "متطوعون", "مناصرة", "تنظيم"],
    },
    "en": {
        "title": "Mobilising your network for a cause",
        "summary": (
            "Turn concern into action: set a winnable goal, give people a clear ask, move supporters up a ladder "
            "of engagement, organise volunteers and keep everyone safe at offline actions."
        ),
        "audience": (
            "Youth groups, community organisations and NGO staff in Iraq and the Kurdistan Region who want to run "
            "a local campaign with volunteers and a small budget."
        ),
        "outcomes": [
            "Turn a broad problem into a specific, winnable goal with a named decision-maker and a clear ask.",
            "Design a ladder of engagement that moves supporters from small actions to bigger commitments.",
            "Organise volunteers with clear roles, a simple timeline and respectful follow-up.",
            "Plan an offline action that reduces risk to participants and protects their identities.",
            "Measure what your campaign achieved and learn from it.",
        ],
    },
    "ar": {
        "title": "تعبئة شبكتكم من أجل قضية",
        "summary": (
            "حوّلوا القلق إلى فعل: حدّدوا هدفًا يمكن كسبه، ووجّهوا إلى الناس طلبًا واضحًا، وساعدوا المؤيدين على "
            "الصعود في سلّم المشاركة، ونظّموا المتطوعين، واحموا الجميع في الأنشطة الميدانية."
        ),
        "audience": (
            "المجموعات الشبابية ومنظمات المجتمع المحلي والعاملون في المنظمات غير الحكومية في العراق وإقليم كوردستان، "
            "ممن يريدون إدارة حملة محلية بجهود المتطوعين وميزانية محدودة."
        ),
        "outcomes": [
            "تحويل مشكلة عامة إلى هدف محدد يمكن تحقيقه، مع تسمية صاحب القرار وصياغة طلب واضح.",
            "تصميم سلّم للمشاركة ينقل المؤيدين من خطوات صغيرة إلى التزامات أكبر.",
            "تنظيم المتطوعين بأدوار واضحة وجدول زمني بسيط ومتابعة تحترم وقتهم.",
            "التخطيط لنشاط ميداني يقلّل المخاطر على المشاركين ويحمي هوياتهم.",
            "قياس ما حققته الحملة واستخلاص الدروس منه.",
        ],
    },
    "lessons": [
        {
            "slug": "set-a-clear-goal",
            "minutes": 25,
            "en": {
                "title": "Set a winnable goal and a clear ask",
                "summary": (
                    "Turn a big problem into one specific goal you can win, find out who can decide, and write the "
                    "one thing you will ask people to do."
                ),
                "body": [
                    (
                        "text",
                        "<p>Many campaigns do not fail loudly. They fade away, not because people stop caring, but "
                        "because nobody can say what winning looks like. “Fix the water” is a wish. “The water "
                        "directorate publishes a weekly supply schedule for our district by the end of June” is a "
                        "goal: you will know whether you won.</p>"
                        "<p>A good goal is specific, has a deadline and can be decided by a real person or office. "
                        "It should also be winnable with the people and time you have. A first win, even a small "
                        "one, gives your network confidence and shows decision-makers that you are organised.</p>"
                        "<p>Then you need an ask: one short sentence that tells supporters exactly what to do next, "
                        "such as “Sign our letter to the water directorate before 15 May.”</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Two or three people who care about the issue",
                                "A notebook or a shared document",
                                "About one hour to talk together",
                                "What you already know about the problem: facts, photos, complaints from neighbours",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Describe the problem in one sentence",
                                    "body": "<p>Write who is affected, where and how. For example: “Families in "
                                    "our district get tap water only two days a week, and it is often dirty.” Keep "
                                    "opinions and blame out of this sentence for now.</p>",
                                },
                                {
                                    "title": "Choose one change that would make a real difference",
                                    "body": "<p>List possible changes, then pick one that is concrete and that you "
                                    "could realistically win in three to six months. A regular, published water "
                                    "schedule is more winnable than “clean water for the whole province”.</p>",
                                },
                                {
                                    "title": "Find out who can decide",
                                    "body": "<p>Name the person or office that can say yes: a directorate, a "
                                    "district council, a university dean. Name a person if you can. Then list who "
                                    "influences them: local notables, tribal or religious leaders, journalists, "
                                    "other officials.</p>",
                                },
                                {
                                    "title": "Write the goal with a deadline",
                                    "body": "<p>Put the change, the decision-maker and a date together: “By the "
                                    "end of June, the water directorate publishes a weekly supply schedule for our "
                                    "district on its page.”</p>",
                                },
                                {
                                    "title": "Write your ask",
                                    "body": "<p>Write one sentence that tells supporters what to do now, with a "
                                    "clear action and a deadline: “Add your name to our letter to the directorate "
                                    "before 15 May.” Test it on someone outside your group. If they cannot repeat "
                                    "it, make it shorter.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>A quick test for your goal: would everyone in your group agree on whether "
                            "you have won? If people would argue about it, the goal is still too vague.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Think about risk before you choose your target. Pressing a service "
                            "directorate to publish a schedule is usually safer than a campaign that names a "
                            "powerful individual. Talk as a group about what could go wrong and who could be "
                            "exposed.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you move on",
                            "items": [
                                "The problem fits in one sentence",
                                "The goal is specific and has a deadline",
                                "We know who can decide, by name or by office",
                                "The goal is winnable with the people and time we have",
                                "Our ask is one short sentence with a clear action",
                                "We have talked about the risks of this goal",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Which of these is the strongest campaign goal?",
                            "choices": [
                                {
                                    "text": "Improve public services in Iraq.",
                                    "correct": False,
                                    "explanation": "A worthy wish, but no single person can decide it and you "
                                    "would never know when you have won.",
                                },
                                {
                                    "text": "Raise awareness about water problems.",
                                    "correct": False,
                                    "explanation": "Awareness can be a step on the way, but it is not a change a "
                                    "decision-maker can make. Ask yourself: aware of what, and then what happens?",
                                },
                                {
                                    "text": "By the end of June, the water directorate publishes a weekly supply "
                                    "schedule for our district.",
                                    "correct": True,
                                    "explanation": "It is specific, has a deadline and points to who can decide. "
                                    "Everyone will know clearly whether you won.",
                                },
                                {
                                    "text": "Get 10,000 followers on our campaign page.",
                                    "correct": False,
                                    "explanation": "Followers can help, but they are a means, not the change you "
                                    "want. Count them, but do not make them your goal.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Community organizing (Wikipedia)",
                            "description": "A short overview of community organising: its history, its methods and "
                            "how groups build power around shared goals.",
                            "url": "https://en.wikipedia.org/wiki/Community_organizing",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "حدّدوا هدفًا يمكن كسبه وطلبًا واضحًا",
                "summary": (
                    "حوّلوا المشكلة الكبيرة إلى هدف واحد محدد يمكنكم تحقيقه، واعرفوا من يملك القرار، ثم صوغوا الفعل "
                    "الذي ستطلبونه من الناس."
                ),
                "body": [
                    (
                        "text",
                        "<p>كثير من الحملات لا تنهار بضجة، بل تذبل بهدوء؛ لا لأن الناس فقدوا اهتمامهم، بل لأن أحدًا "
                        "لا يستطيع أن يقول متى نكون قد انتصرنا. عبارة «أصلحوا الماء» أمنية، أما «أن تنشر مديرية الماء "
                        "جدولًا أسبوعيًا لتوزيع الماء في حيّنا قبل نهاية حزيران» فهدف تعرفون بوضوح هل تحقق أم لا.</p>"
                        "<p>الهدف الجيد محدد، وله موعد نهائي، ويملك قراره شخص أو جهة معروفة. وينبغي أن يكون في "
                        "متناولكم بما لديكم من أشخاص ووقت. فالانتصار الأول، وإن كان صغيرًا، يمنح شبكتكم الثقة، ويُظهر "
                        "لأصحاب القرار أنكم منظمون وجادّون.</p>"
                        "<p>بعد ذلك تحتاجون إلى «الطلب»: جملة قصيرة واحدة تخبر المؤيدين بما عليهم فعله الآن، مثل: "
                        "«وقّعوا رسالتنا إلى مديرية الماء قبل 15 أيار».</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "شخصان أو ثلاثة يهتمون بالقضية",
                                "دفتر ملاحظات أو مستند مشترك",
                                "ساعة تقريبًا للنقاش معًا",
                                "ما تعرفونه عن المشكلة: وقائع وصور وشكاوى الجيران",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "صِفوا المشكلة في جملة واحدة",
                                    "body": "<p>اكتبوا من المتضرر، وأين، وكيف. مثلًا: «لا يصل ماء الإسالة إلى "
                                    "بيوت حيّنا إلا يومين في الأسبوع، وكثيرًا ما يكون عكرًا». اتركوا الآراء وتوجيه "
                                    "اللوم خارج هذه الجملة في الوقت الحاضر.</p>",
                                },
                                {
                                    "title": "اختاروا تغييرًا واحدًا يُحدث فرقًا حقيقيًا",
                                    "body": "<p>دوّنوا التغييرات الممكنة، ثم اختاروا منها تغييرًا ملموسًا يمكنكم "
                                    "كسبه واقعيًا خلال ثلاثة إلى ستة أشهر. فنشر جدول منتظم لتوزيع الماء أقرب إلى "
                                    "التحقيق من شعار «ماء نظيف للمحافظة كلها».</p>",
                                },
                                {
                                    "title": "اعرفوا من يملك القرار",
                                    "body": "<p>سمّوا الشخص أو الجهة القادرة على قول «نعم»: مديرية، أو مجلس قضاء، "
                                    "أو عميد كلية، واذكروا اسم المسؤول إن أمكن. ثم دوّنوا من يؤثر فيه: وجهاء "
                                    "المنطقة، وشيوخ العشائر أو رجال الدين، والصحفيون، ومسؤولون آخرون.</p>",
                                },
                                {
                                    "title": "اكتبوا الهدف مع موعد نهائي",
                                    "body": "<p>اجمعوا التغيير وصاحب القرار والتاريخ في جملة واحدة: «قبل نهاية "
                                    "حزيران، تنشر مديرية الماء على صفحتها جدولًا أسبوعيًا لتوزيع الماء في "
                                    "حيّنا».</p>",
                                },
                                {
                                    "title": "صوغوا طلبكم",
                                    "body": "<p>اكتبوا جملة واحدة تخبر المؤيدين بما يفعلونه الآن، فيها فعل واضح "
                                    "وموعد محدد: «أضيفوا أسماءكم إلى رسالتنا الموجهة إلى المديرية قبل 15 أيار». "
                                    "جرّبوها على شخص من خارج مجموعتكم، فإن لم يستطع إعادتها بكلماته فاختصروها.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اختبار سريع لهدفكم: هل سيتفق جميع أعضاء المجموعة على أنكم انتصرتم أو لم "
                            "تنتصروا؟ إن كان الأمر سيثير جدلًا بينكم، فالهدف ما زال غامضًا.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>فكّروا في المخاطر قبل أن تختاروا الجهة المستهدفة. فالضغط على مديرية خدمية "
                            "كي تنشر جدولًا أسلم عادةً من حملة تسمّي شخصًا نافذًا بعينه. تحدّثوا معًا عمّا قد يسوء، "
                            "ومن قد يتعرض للخطر.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تنتقلوا إلى الدرس التالي",
                            "items": [
                                "المشكلة مكتوبة في جملة واحدة",
                                "الهدف محدد وله موعد نهائي",
                                "نعرف صاحب القرار بالاسم أو بالمنصب",
                                "الهدف ممكن بما لدينا من أشخاص ووقت",
                                "طلبنا جملة قصيرة واحدة فيها فعل واضح",
                                "ناقشنا مخاطر هذا الهدف",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أيّ هذه الأهداف هو الأقوى لحملة محلية؟",
                            "choices": [
                                {
                                    "text": "تحسين الخدمات العامة في العراق.",
                                    "correct": False,
                                    "explanation": "غاية نبيلة، لكن لا يملك قرارها شخص بعينه، ولن تعرفوا أبدًا "
                                    "متى تحقق الانتصار.",
                                },
                                {
                                    "text": "نشر الوعي بمشكلات الماء.",
                                    "correct": False,
                                    "explanation": "قد يكون الوعي خطوة على الطريق، لكنه ليس تغييرًا يستطيع صاحب "
                                    "قرار أن يتخذه. اسألوا أنفسكم: وعي بماذا، ثم ماذا بعد؟",
                                },
                                {
                                    "text": "أن تنشر مديرية الماء جدولًا أسبوعيًا لتوزيع الماء في حيّنا قبل نهاية حزيران.",
                                    "correct": True,
                                    "explanation": "هدف محدد، له موعد نهائي، ويشير إلى الجهة التي تملك القرار. "
                                    "وسيعرف الجميع بوضوح هل تحقق أم لا.",
                                },
                                {
                                    "text": "الوصول إلى 10,000 متابع لصفحة الحملة.",
                                    "correct": False,
                                    "explanation": "المتابعون مفيدون، لكنهم وسيلة لا التغيير الذي تريدونه. "
                                    "احسبوا عددهم، لكن لا تجعلوه هدفكم.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "التنظيم المجتمعي (ويكيبيديا، بالإنجليزية)",
                            "description": "لمحة موجزة عن التنظيم المجتمعي: تاريخه وأساليبه، وكيف تبني المجموعات "
                            "قوتها حول أهداف مشتركة.",
                            "url": "https://en.wikipedia.org/wiki/Community_organizing",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "message-and-ladder",
            "minutes": 20,
            "en": {
                "title": "Craft your message and build a ladder of engagement",
                "summary": (
                    "Write a short message people can repeat, then plan a series of actions that lead supporters "
                    "from small steps to bigger commitments."
                ),
                "body": [
                    (
                        "text",
                        "<p>Not everyone who agrees with you is ready to stand in a square or knock on doors. Most "
                        "people start small: sharing a post, signing a letter, coming to a meeting. A ladder of "
                        "engagement is a plan that offers each person a next step that is only a little bigger than "
                        "the last one.</p>"
                        "<p>Your message brings people to the first rung. A good campaign message names the problem "
                        "in words people already use, offers a solution they can believe in and ends with the ask. "
                        "The story of a real person, told with their consent, usually moves more people than a table "
                        "of figures, but one strong number helps too.</p>"
                        "<p>For example, a youth group in Mosul asking for streetlights on a dark road near a school "
                        "might start with a short online letter, invite signers to a neighbourhood meeting, and then "
                        "ask a few of them to join a small delegation to the municipality.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your goal and ask from the previous lesson",
                                "A sheet of paper or a simple spreadsheet",
                                "A list of your supporters and where you reach them: WhatsApp, Facebook, Telegram, "
                                "face to face",
                                "One or two people outside your group who can test your message",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Write a three-part message",
                                    "body": "<p>Write one sentence each for the problem, the solution and the "
                                    "action. For example: “Our children walk to school on a dark road. Five "
                                    "streetlights would make it safe. Sign our letter to the municipality this "
                                    "week.”</p>",
                                },
                                {
                                    "title": "Draw your ladder",
                                    "body": "<p>List four or five actions, from easiest to hardest. For "
                                    "example:</p><ul><li>Share the post or voice note</li><li>Sign the "
                                    "letter</li><li>Come to a neighbourhood meeting</li><li>Collect ten signatures "
                                    "from neighbours</li><li>Join the delegation to the municipality</li></ul>",
                                },
                                {
                                    "title": "Match each rung to a channel",
                                    "body": "<p>Decide where you will ask for each step. Small asks work well in "
                                    "WhatsApp groups and on Facebook. Bigger asks almost always need a personal "
                                    "call or a face-to-face conversation.</p>",
                                },
                                {
                                    "title": "Plan the next step for each person",
                                    "body": "<p>When someone takes an action, thank them within a day or two and "
                                    "offer the next rung. Keep a simple list: first name, the last action they took "
                                    "and the next step you will offer.</p>",
                                },
                                {
                                    "title": "Test and adjust",
                                    "body": "<p>Show your message to five people outside your group, including "
                                    "older people. Ask them what they think you want them to do, and rewrite until "
                                    "their answer matches your ask. If your community reads Arabic, Kurdish or "
                                    "Turkmen, test each version.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Voice notes and short videos reach people who skip long posts, and they "
                            "often load faster than heavy images on slow connections. Keep them under one "
                            "minute.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Only share a person’s story, name or photo with their clear consent, and "
                            "tell them where it will appear. Some people agree to speak but not to show their face. "
                            "Respect that, especially for women and young people.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Your message and ladder",
                            "items": [
                                "The message names the problem, the solution and the action",
                                "People outside the group can repeat the ask correctly",
                                "The ladder has four or five steps, from easy to hard",
                                "Each step has a channel and a person responsible",
                                "We thank people and offer the next step within two days",
                                "We have consent for every story and photo we use",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A supporter has just signed your online letter. What is the best next step?",
                            "choices": [
                                {
                                    "text": "Add them to every campaign group and send them daily messages.",
                                    "correct": False,
                                    "explanation": "Too many messages push people away. Adding people to groups "
                                    "without asking is also disrespectful and can expose their phone number to "
                                    "strangers.",
                                },
                                {
                                    "text": "Thank them and invite them to one slightly bigger action, such as a "
                                    "neighbourhood meeting.",
                                    "correct": True,
                                    "explanation": "This is the ladder of engagement: recognise what they did and "
                                    "offer a next step that is only a little bigger.",
                                },
                                {
                                    "text": "Ask them straight away to lead the delegation to the municipality.",
                                    "correct": False,
                                    "explanation": "That jump is too big for most people. They are likely to say no "
                                    "and drift away.",
                                },
                                {
                                    "text": "Nothing. Signing was enough.",
                                    "correct": False,
                                    "explanation": "You lose a chance to grow your network. Many people are happy "
                                    "to do more when someone simply asks them.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "صوغوا رسالتكم وابنوا سلّم المشاركة",
                "summary": (
                    "اكتبوا رسالة قصيرة يسهل على الناس تردادها، ثم خطّطوا لسلسلة من الأفعال تنقل المؤيدين من "
                    "خطوات صغيرة إلى التزامات أكبر."
                ),
                "body": [
                    (
                        "text",
                        "<p>ليس كل من يتفق معكم مستعدًا للوقوف في ساحة عامة أو طرق الأبواب. فمعظم الناس يبدؤون "
                        "بخطوة صغيرة: مشاركة منشور، أو توقيع رسالة، أو حضور اجتماع. و«سلّم المشاركة» خطة تقدّم لكل "
                        "شخص خطوة تالية أكبر قليلًا من سابقتها، لا أكثر.</p>"
                        "<p>الرسالة هي ما يوصل الناس إلى الدرجة الأولى. والرسالة الجيدة تسمّي المشكلة بالكلمات التي "
                        "يستعملها الناس أصلًا، وتقترح حلًا يمكن تصديقه، وتنتهي بالطلب. وقصة إنسان حقيقي، تُروى "
                        "بموافقته، تحرّك الناس عادةً أكثر من جدول أرقام، وإن كان رقم واحد قوي يفيد أيضًا.</p>"
                        "<p>خذوا مثلًا مجموعة شبابية في الموصل تطالب بإنارة شارع مظلم قرب مدرسة: قد تبدأ برسالة "
                        "قصيرة يوقّعها الناس عبر الإنترنت، ثم تدعو الموقّعين إلى اجتماع في الحي، ثم تطلب من بعضهم "
                        "الانضمام إلى وفد صغير يزور البلدية.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "الهدف والطلب اللذان كتبتموهما في الدرس السابق",
                                "ورقة أو جدول بيانات بسيط",
                                "قائمة بمؤيديكم وطرق الوصول إليهم: واتساب، فيسبوك، تيليغرام، اللقاء المباشر",
                                "شخص أو اثنان من خارج مجموعتكم لاختبار الرسالة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اكتبوا رسالة من ثلاثة أجزاء",
                                    "body": "<p>جملة للمشكلة، وجملة للحل، وجملة للفعل المطلوب. مثلًا: «يمشي "
                                    "أطفالنا إلى المدرسة في شارع مظلم. خمسة أعمدة إنارة تكفي لجعله آمنًا. وقّعوا "
                                    "رسالتنا إلى البلدية هذا الأسبوع».</p>",
                                },
                                {
                                    "title": "ارسموا السلّم",
                                    "body": "<p>رتّبوا أربعة أفعال أو خمسة من الأسهل إلى الأصعب، مثلًا:</p>"
                                    "<ul><li>مشاركة المنشور أو الرسالة الصوتية</li><li>توقيع الرسالة</li><li>حضور "
                                    "اجتماع في الحي</li><li>جمع عشرة تواقيع من الجيران</li><li>الانضمام إلى الوفد "
                                    "الذي يزور البلدية</li></ul>",
                                },
                                {
                                    "title": "اربطوا كل درجة بقناة مناسبة",
                                    "body": "<p>قرّروا أين ستطلبون كل خطوة. الطلبات الصغيرة تنجح في مجموعات "
                                    "واتساب وعلى فيسبوك، أما الطلبات الكبيرة فتحتاج في الغالب إلى اتصال شخصي أو "
                                    "حديث وجهًا لوجه.</p>",
                                },
                                {
                                    "title": "خطّطوا للخطوة التالية لكل شخص",
                                    "body": "<p>حين يقوم أحدهم بفعل ما، اشكروه خلال يوم أو يومين واعرضوا عليه "
                                    "الدرجة التالية. واحتفظوا بقائمة بسيطة: الاسم الأول، وآخر فعل قام به، والخطوة "
                                    "التي ستقترحونها عليه.</p>",
                                },
                                {
                                    "title": "اختبروا الرسالة وعدّلوها",
                                    "body": "<p>اعرضوا الرسالة على خمسة أشخاص من خارج المجموعة، بينهم كبار في "
                                    "السن، واسألوهم: ماذا تظنون أننا نطلب منكم؟ وأعيدوا الصياغة حتى يطابق جوابهم "
                                    "طلبكم. وإن كان مجتمعكم يقرأ بالعربية والكردية والتركمانية، فاختبروا كل "
                                    "نسخة.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>الرسائل الصوتية والمقاطع القصيرة تصل إلى من لا يقرأ المنشورات الطويلة، "
                            "وكثيرًا ما تُحمَّل أسرع من الصور الثقيلة على الاتصال البطيء. اجعلوها أقل من دقيقة.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>لا تنشروا قصة أحد أو اسمه أو صورته إلا بموافقته الصريحة، وأخبروه أين "
                            "ستُنشر. فبعض الناس يقبلون الحديث ويرفضون ظهور وجوههم، فاحترموا ذلك، ولا سيما مع "
                            "النساء واليافعين.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "رسالتكم وسلّمكم",
                            "items": [
                                "الرسالة تسمّي المشكلة والحل والفعل المطلوب",
                                "يستطيع أشخاص من خارج المجموعة إعادة الطلب بدقة",
                                "في السلّم أربع درجات أو خمس، من الأسهل إلى الأصعب",
                                "لكل درجة قناة وشخص مسؤول",
                                "نشكر الناس ونعرض الخطوة التالية خلال يومين",
                                "لدينا موافقة على كل قصة وصورة نستخدمها",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "وقّع أحد المؤيدين رسالتكم عبر الإنترنت للتو. ما أفضل خطوة تالية؟",
                            "choices": [
                                {
                                    "text": "إضافته إلى كل مجموعات الحملة وإرسال رسائل يومية إليه.",
                                    "correct": False,
                                    "explanation": "كثرة الرسائل تُنفّر الناس. كما أن إضافة أحد إلى مجموعة دون "
                                    "استئذانه تصرف غير لائق، وقد يكشف رقم هاتفه لغرباء.",
                                },
                                {
                                    "text": "شكره ودعوته إلى فعل أكبر قليلًا، مثل حضور اجتماع في الحي.",
                                    "correct": True,
                                    "explanation": "هذا هو سلّم المشاركة: تقدير ما فعله، ثم عرض خطوة تالية أكبر "
                                    "بقليل فقط.",
                                },
                                {
                                    "text": "الطلب منه فورًا أن يقود الوفد إلى البلدية.",
                                    "correct": False,
                                    "explanation": "هذه قفزة كبيرة على معظم الناس، والأرجح أن يعتذر ثم يبتعد.",
                                },
                                {
                                    "text": "لا شيء، فالتوقيع يكفي.",
                                    "correct": False,
                                    "explanation": "بذلك تضيّعون فرصة لتوسيع شبكتكم. فكثير من الناس مستعدون لفعل "
                                    "المزيد إذا طلب منهم أحد ذلك ببساطة.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        {
            "slug": "volunteers-and-timeline",
            "minutes": 25,
            "en": {
                "title": "Organise volunteers, roles and a timeline",
                "summary": (
                    "Give every volunteer a clear, manageable role, plan your campaign backwards from the deadline "
                    "and keep the team moving with short weekly check-ins."
                ),
                "body": [
                    (
                        "text",
                        "<p>Volunteers give their time for free, so the least you can give back is clarity. People "
                        "drift away when they do not know what is expected of them. They stay when they have a clear "
                        "role, a realistic amount of work and someone who notices their effort.</p>"
                        "<p>A simple timeline keeps everyone pulling in the same direction. It shows the big "
                        "moments, such as the day you hand over the letter, and works backwards to what must happen "
                        "each week before that.</p>"
                        "<p>Picture a women’s cooperative in Basra asking the local council for a safe, shaded space "
                        "to sell their produce. Their campaign might need one coordinator, two people for social "
                        "media, a small team collecting signatures in the market, someone to talk to journalists and "
                        "someone who keeps careful records of contacts.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your goal, your ask and your ladder of engagement",
                                "A shared spreadsheet, such as Google Sheets or LibreOffice Calc, or a paper notebook",
                                "A calendar for the next two or three months, with holidays and exam periods marked",
                                "A secure group chat for the core team, for example on Signal",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "List the tasks, then group them into roles",
                                    "body": "<p>Write down every task the campaign needs, then group them: "
                                    "coordination, outreach, content, logistics, contact records and safety. Each "
                                    "role should fit into two to four hours a week.</p>",
                                },
                                {
                                    "title": "Write a short description for each role",
                                    "body": "<p>For each role, write what the person does, how many hours it takes, "
                                    "who they report to and which skills help. Share it before people commit, so "
                                    "they know what they are saying yes to.</p>",
                                },
                                {
                                    "title": "Match people to roles in a conversation",
                                    "body": "<p>Ask volunteers what they enjoy and how much time they really have. "
                                    "A student during exams may manage only one hour a week. That is fine, as long "
                                    "as you know it in advance.</p>",
                                },
                                {
                                    "title": "Build the timeline backwards",
                                    "body": "<p>Put your deadline and key moments in the calendar, then work "
                                    "backwards week by week. Check Eid holidays, Ramadan working hours, exam seasons "
                                    "and the summer heat before you fix dates for public events.</p>",
                                },
                                {
                                    "title": "Hold a short weekly check-in",
                                    "body": "<p>Meet for twenty minutes, in person or on a call. Each role answers "
                                    "three questions: what did we do, what is blocking us, and what will we do next "
                                    "week? Update the timeline after every check-in.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Give every volunteer a named contact person. Thank people for their work, "
                            "and thank them publicly only if they are comfortable being named.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Your contact list is sensitive. Collect only what you need, such as a first "
                            "name and a phone number, and ask permission to keep it. Limit who can open the "
                            "spreadsheet, and never post it in a large group.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Is the team ready?",
                            "items": [
                                "Every task belongs to a role",
                                "Every role has a short written description",
                                "Every volunteer knows their contact person",
                                "The timeline works backwards from the deadline",
                                "Event dates take holidays, exams and heat into account",
                                "Only the people who need it can open the contact list",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Several volunteers stopped answering messages after the first week. What is "
                            "the most likely fix?",
                            "choices": [
                                {
                                    "text": "Give each person a clear role with realistic hours and a named contact "
                                    "person.",
                                    "correct": True,
                                    "explanation": "Unclear expectations are one of the most common reasons "
                                    "volunteers leave. A defined, manageable role helps people stay.",
                                },
                                {
                                    "text": "Send more reminders in the big group.",
                                    "correct": False,
                                    "explanation": "More messages in a busy group usually add to the noise. Talk to "
                                    "people one to one to find out what went wrong.",
                                },
                                {
                                    "text": "Remove them from the group straight away.",
                                    "correct": False,
                                    "explanation": "You may lose people who only needed a smaller role or a "
                                    "different time. Ask first; some of them will come back.",
                                },
                                {
                                    "text": "Do all the work yourself from now on.",
                                    "correct": False,
                                    "explanation": "This burns out the organiser and weakens the network. Sharing "
                                    "the work is how a campaign grows.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Signal",
                            "description": "A free, open-source messaging app with end-to-end encryption, suitable for "
                            "the core team’s group chat. It also offers disappearing messages.",
                            "url": "https://signal.org/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "نظّموا المتطوعين والأدوار والجدول الزمني",
                "summary": (
                    "امنحوا كل متطوع دورًا واضحًا يقدر عليه، وخطّطوا للحملة رجوعًا من الموعد النهائي، وحافظوا على "
                    "حركة الفريق بلقاء أسبوعي قصير."
                ),
                "body": [
                    (
                        "text",
                        "<p>يمنحكم المتطوعون وقتهم بلا مقابل، فأقل ما تردّونه لهم هو الوضوح. ينسحب الناس حين لا "
                        "يعرفون المطلوب منهم، ويبقون حين يكون لهم دور واضح، وعبء عمل معقول، ومن يلاحظ جهدهم.</p>"
                        "<p>والجدول الزمني البسيط يجعل الجميع يسيرون في اتجاه واحد. فهو يبيّن المحطات الكبرى، كيوم "
                        "تسليم الرسالة، ثم يعود منها إلى الوراء ليحدد ما يجب إنجازه في كل أسبوع قبلها.</p>"
                        "<p>تخيّلوا جمعية تعاونية نسائية في البصرة تطالب المجلس المحلي بمكان آمن ومظلّل لبيع "
                        "منتجاتها. قد تحتاج حملتها إلى منسّقة، واثنتين لوسائل التواصل الاجتماعي، وفريق صغير يجمع "
                        "التواقيع في السوق، ومن تتحدث إلى الصحفيين، ومن تحفظ سجل جهات الاتصال بعناية.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هدفكم وطلبكم وسلّم المشاركة",
                                "جدول بيانات مشترك مثل Google Sheets أو LibreOffice Calc، أو دفتر ورقي",
                                "تقويم للشهرين أو الأشهر الثلاثة المقبلة، تظهر فيه العطل وفترات الامتحانات",
                                "مجموعة محادثة آمنة للفريق الأساسي، على Signal مثلًا",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "دوّنوا المهام ثم اجمعوها في أدوار",
                                    "body": "<p>اكتبوا كل مهمة تحتاجها الحملة، ثم صنّفوها: التنسيق، والتواصل مع "
                                    "الناس، والمحتوى، والأمور اللوجستية، وسجل جهات الاتصال، والسلامة. وينبغي ألّا "
                                    "يتجاوز أي دور ساعتين إلى أربع ساعات أسبوعيًا.</p>",
                                },
                                {
                                    "title": "اكتبوا وصفًا قصيرًا لكل دور",
                                    "body": "<p>لكل دور اكتبوا ما يقوم به صاحبه، وعدد الساعات التي يتطلبها، ولمن "
                                    "يرجع، والمهارات التي تساعده. وشاركوا الوصف قبل أن يلتزم أحد، حتى يعرف بماذا "
                                    "يَعِد.</p>",
                                },
                                {
                                    "title": "وزّعوا الأدوار عبر الحوار",
                                    "body": "<p>اسألوا المتطوعين عمّا يحبون فعله، وعن الوقت المتاح لهم فعلًا. "
                                    "فالطالب في موسم الامتحانات قد لا يقدر إلا على ساعة في الأسبوع، ولا بأس في "
                                    "ذلك ما دمتم تعرفونه مسبقًا.</p>",
                                },
                                {
                                    "title": "ابنوا الجدول الزمني بالعودة إلى الوراء",
                                    "body": "<p>ضعوا الموعد النهائي والمحطات الرئيسة في التقويم، ثم ارجعوا أسبوعًا "
                                    "بعد أسبوع. وراعوا عطل العيد، وساعات الدوام في رمضان، ومواسم الامتحانات، وحرّ "
                                    "الصيف، قبل أن تثبّتوا مواعيد الأنشطة العامة.</p>",
                                },
                                {
                                    "title": "اعقدوا لقاء متابعة أسبوعيًا قصيرًا",
                                    "body": "<p>اجتمعوا عشرين دقيقة، حضوريًا أو عبر اتصال. ويجيب كل صاحب دور عن "
                                    "ثلاثة أسئلة: ماذا أنجزنا؟ وما الذي يعيقنا؟ وماذا سنفعل الأسبوع المقبل؟ ثم "
                                    "حدّثوا الجدول بعد كل لقاء.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اجعلوا لكل متطوع شخصًا محددًا يتواصل معه. واشكروا الناس على جهودهم، ولا "
                            "تشكروهم علنًا بأسمائهم إلا إذا كانوا مرتاحين لذلك.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>قائمة جهات الاتصال معلومات حساسة. اجمعوا ما تحتاجونه فقط، كالاسم الأول "
                            "ورقم الهاتف، واستأذنوا أصحابها في الاحتفاظ بها. وحدّدوا من يحق له فتح الجدول، ولا "
                            "تنشروه أبدًا في مجموعة كبيرة.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "هل الفريق جاهز؟",
                            "items": [
                                "كل مهمة تابعة لدور ما",
                                "لكل دور وصف مكتوب قصير",
                                "كل متطوع يعرف الشخص الذي يتواصل معه",
                                "الجدول الزمني مبني بالرجوع من الموعد النهائي",
                                "مواعيد الأنشطة تراعي العطل والامتحانات والحر",
                                "لا يفتح قائمة جهات الاتصال إلا من يحتاج إليها",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "توقّف عدد من المتطوعين عن الرد على الرسائل بعد الأسبوع الأول. ما الحل الأرجح؟",
                            "choices": [
                                {
                                    "text": "منح كل شخص دورًا واضحًا بساعات معقولة وشخصًا محددًا يتواصل معه.",
                                    "correct": True,
                                    "explanation": "غموض التوقعات من أكثر أسباب انسحاب المتطوعين شيوعًا، والدور "
                                    "المحدد الذي يمكن القيام به يساعد الناس على الاستمرار.",
                                },
                                {
                                    "text": "إرسال مزيد من التذكيرات في المجموعة الكبيرة.",
                                    "correct": False,
                                    "explanation": "كثرة الرسائل في مجموعة مزدحمة تزيد الضجيج عادةً. تحدّثوا مع "
                                    "كل شخص على انفراد لتعرفوا ما الذي حدث.",
                                },
                                {
                                    "text": "حذفهم من المجموعة فورًا.",
                                    "correct": False,
                                    "explanation": "قد تخسرون أشخاصًا كانوا يحتاجون فقط إلى دور أصغر أو وقت "
                                    "مختلف. اسألوا أولًا، فبعضهم سيعود.",
                                },
                                {
                                    "text": "القيام بكل العمل بأنفسكم من الآن فصاعدًا.",
                                    "correct": False,
                                    "explanation": "هذا يستنزف المنظِّم ويُضعف الشبكة، فتقاسم العمل هو ما يجعل "
                                    "الحملة تكبر.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Signal",
                            "description": "تطبيق مراسلة مجاني ومفتوح المصدر بتشفير تام بين الطرفين، يناسب مجموعة "
                            "الفريق الأساسي، ويتيح الرسائل ذاتية الاختفاء.",
                            "url": "https://signal.org/",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "safe-actions-and-follow-up",
            "minutes": 30,
            "en": {
                "title": "Run safe offline actions, follow up and measure",
                "summary": (
                    "Plan public actions that keep participants safe, protect their identities online, follow up "
                    "quickly and measure what actually changed."
                ),
                "body": [
                    (
                        "text",
                        "<p>Offline actions, such as a public meeting, a delegation to an official or a peaceful "
                        "gathering, show that real people stand behind your cause. They also carry real risks: "
                        "arrest, violence, harassment, heat stroke, or photos of participants spreading online. "
                        "Planning for safety is part of organising, not an extra.</p>"
                        "<p>The work does not end when the action ends. Following up with participants and with the "
                        "decision-maker, and measuring what changed, turns one event into momentum.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your goal and timeline",
                                "A small safety team of two or three people",
                                "Emergency numbers, the nearest clinic and a lawyer or legal aid contact",
                                "Water, a basic first-aid kit and charged phones with power banks",
                                "A simple sheet to track results",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Assess the risks together",
                                    "body": "<p>List what could go wrong, how likely it is and how serious it would "
                                    "be. Think about the place, the attitude of the authorities, possible "
                                    "counter-protesters, the weather and who is most at risk, for example women, "
                                    "minors or people without identity documents. If the risks are high, choose a "
                                    "lower-risk form of action.</p>",
                                },
                                {
                                    "title": "Check the rules and brief participants",
                                    "body": "<p>Find out whether a public gathering needs notification or "
                                    "permission from the local authorities, and keep a copy of any approval. Tell "
                                    "participants the purpose, the place, the start and end times, and what to do "
                                    "if there is trouble.</p>",
                                },
                                {
                                    "title": "Set up buddies, marshals and a meeting point",
                                    "body": "<p>Ask everyone to come with a buddy and look out for each other. Give "
                                    "marshals clear jobs: welcoming people, keeping the group together, watching for "
                                    "risks and calling the lawyer. Agree a meeting point in case people get "
                                    "separated, and a way to check that everyone got home.</p>",
                                },
                                {
                                    "title": "Protect identities in photos",
                                    "body": "<p>Agree who takes photos, and ask before photographing anyone. Before "
                                    "posting, blur the faces of people who did not agree, especially minors, and "
                                    "remove location data from the files. A photo of the crowd from behind often "
                                    "tells the story safely.</p>",
                                },
                                {
                                    "title": "Follow up within 48 hours",
                                    "body": "<p>Thank participants, tell them what happened and share the next "
                                    "step. Send the decision-maker a short written summary of your request and ask "
                                    "for a reply by a set date. Record every response.</p>",
                                },
                                {
                                    "title": "Measure and learn",
                                    "body": "<p>Track a few numbers: people who took each action, new volunteers, "
                                    "meetings with decision-makers, and whether the goal moved. Then hold a short "
                                    "review: what worked, what did not, and what will we do differently next "
                                    "time?</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>If the risk to participants is high, do not push ahead just to be seen. A "
                            "quiet delegation, a signed letter or an online action can still move a decision-maker. "
                            "Nobody should be pressured to attend.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Count results, not just activity. Five hundred shares matter less than one "
                            "written commitment from the directorate with a date on it.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before and after the action",
                            "items": [
                                "We have a written risk assessment and a lower-risk plan B",
                                "We know the local rules and keep copies of any approval",
                                "Everyone has a buddy and knows the meeting point",
                                "Marshals, a lawyer’s number and first aid are in place",
                                "No faces are posted without consent, and location data is removed",
                                "We followed up with participants and the decision-maker within 48 hours",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Your team wants to post photos from a gathering. Some participants asked not "
                            "to be shown. What should you do?",
                            "choices": [
                                {
                                    "text": "Post the photos anyway, because it was a public place.",
                                    "correct": False,
                                    "explanation": "Being in a public place is not consent to being published. "
                                    "Exposing someone can put them or their family at real risk.",
                                },
                                {
                                    "text": "Post only photos in which those people cannot be recognised, or blur "
                                    "their faces, and remove location data.",
                                    "correct": True,
                                    "explanation": "This respects their choice and lowers the risk, while still "
                                    "showing that the action happened.",
                                },
                                {
                                    "text": "Post them only in a closed group.",
                                    "correct": False,
                                    "explanation": "Closed groups leak. Screenshots travel fast, and you cannot "
                                    "control who ends up seeing them.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "نظّموا أنشطة ميدانية آمنة، وتابعوا، وقيسوا النتائج",
                "summary": (
                    "خطّطوا لأنشطة عامة تحفظ سلامة المشاركين وتحمي هوياتهم على الإنترنت، وتابعوا بسرعة، وقيسوا ما "
                    "تغيّر فعلًا."
                ),
                "body": [
                    (
                        "text",
                        "<p>الأنشطة الميدانية، كاللقاء العام أو الوفد الذي يزور مسؤولًا أو التجمع السلمي، تُظهر أن "
                        "وراء قضيتكم أناسًا حقيقيين. لكنها تحمل مخاطر حقيقية أيضًا: الاعتقال، والعنف، والمضايقة، "
                        "وضربات الشمس، وانتشار صور المشاركين على الإنترنت. فالتخطيط للسلامة جزء من التنظيم، لا "
                        "إضافة اختيارية.</p>"
                        "<p>ولا ينتهي العمل بانتهاء النشاط. فمتابعة المشاركين وصاحب القرار، وقياس ما تغيّر، هو ما "
                        "يحوّل حدثًا واحدًا إلى زخم مستمر.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هدفكم وجدولكم الزمني",
                                "فريق سلامة صغير من شخصين أو ثلاثة",
                                "أرقام الطوارئ، وأقرب مركز صحي، ورقم محامٍ أو جهة مساعدة قانونية",
                                "ماء، وحقيبة إسعافات أولية بسيطة، وهواتف مشحونة مع شواحن متنقلة",
                                "جدول بسيط لمتابعة النتائج",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "قيّموا المخاطر معًا",
                                    "body": "<p>دوّنوا ما قد يسوء، ومدى احتماله، ومدى خطورته. فكّروا في المكان، "
                                    "وموقف السلطات، واحتمال وجود مناوئين، والطقس، ومن هم الأكثر عرضة للخطر، "
                                    "كالنساء والقاصرين ومن لا يحملون أوراقًا ثبوتية. وإن كانت المخاطر عالية "
                                    "فاختاروا شكلًا أقل خطورة من النشاط.</p>",
                                },
                                {
                                    "title": "تحقّقوا من القواعد وأطلعوا المشاركين",
                                    "body": "<p>اعرفوا هل يتطلب التجمع العام إشعار السلطات المحلية أو الحصول على "
                                    "إذن منها، واحتفظوا بنسخة من أي موافقة. وأخبروا المشاركين بالغاية والمكان "
                                    "وموعد البدء والانتهاء، وبما يفعلونه إن وقعت مشكلة.</p>",
                                },
                                {
                                    "title": "نظّموا الرفقة والمنظِّمين الميدانيين ونقطة التجمع",
                                    "body": "<p>اطلبوا من كل مشارك أن يأتي مع رفيق يطمئن عليه. وحدّدوا للمنظمين "
                                    "الميدانيين مهامّ واضحة: استقبال الناس، والحفاظ على تماسك المجموعة، ومراقبة "
                                    "المخاطر، والاتصال بالمحامي. واتفقوا على نقطة تجمع إن تفرّق الناس، وعلى طريقة "
                                    "للتأكد من أن الجميع وصلوا إلى بيوتهم.</p>",
                                },
                                {
                                    "title": "احموا الهويات في الصور",
                                    "body": "<p>اتفقوا على من يلتقط الصور، واستأذنوا قبل تصوير أي شخص. وقبل النشر "
                                    "موّهوا وجوه من لم يوافقوا، ولا سيما القاصرين، واحذفوا بيانات الموقع من "
                                    "الملفات. فصورة للحشد من الخلف كثيرًا ما تروي القصة بأمان.</p>",
                                },
                                {
                                    "title": "تابعوا خلال 48 ساعة",
                                    "body": "<p>اشكروا المشاركين، وأخبروهم بما جرى وبالخطوة التالية. وأرسلوا إلى "
                                    "صاحب القرار ملخصًا مكتوبًا قصيرًا لطلبكم، واطلبوا ردًا في موعد محدد. ثم "
                                    "سجّلوا كل ردّ.</p>",
                                },
                                {
                                    "title": "قيسوا وتعلّموا",
                                    "body": "<p>تابعوا بضعة أرقام: عدد من قاموا بكل فعل، والمتطوعين الجدد، "
                                    "واللقاءات مع أصحاب القرار، وهل تقدّم الهدف. ثم اعقدوا مراجعة قصيرة: ما الذي "
                                    "نجح؟ وما الذي لم ينجح؟ وماذا سنغيّر في المرة المقبلة؟</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>إن كانت المخاطر على المشاركين عالية، فلا تمضوا في النشاط لمجرد الظهور. "
                            "فالوفد الهادئ أو الرسالة الموقّعة أو التحرك عبر الإنترنت قد تحرّك صاحب القرار أيضًا. "
                            "ولا يجوز الضغط على أحد كي يحضر.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>احسبوا النتائج لا الأنشطة وحدها. فخمسمئة مشاركة لمنشور أقل قيمة من التزام "
                            "مكتوب واحد من المديرية يحمل تاريخًا محددًا.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل النشاط وبعده",
                            "items": [
                                "لدينا تقييم مكتوب للمخاطر وخطة بديلة أقل خطورة",
                                "نعرف القواعد المحلية ونحتفظ بنسخ من أي موافقة",
                                "لكل مشارك رفيق، والجميع يعرف نقطة التجمع",
                                "المنظمون الميدانيون ورقم المحامي والإسعافات الأولية جاهزة",
                                "لا ننشر وجوهًا دون موافقة، ونحذف بيانات الموقع",
                                "تابعنا مع المشاركين وصاحب القرار خلال 48 ساعة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "يريد فريقكم نشر صور من تجمّع، وقد طلب بعض المشاركين ألّا يظهروا فيها. "
                            "ماذا تفعلون؟",
                            "choices": [
                                {
                                    "text": "ننشر الصور على أي حال، فالمكان كان عامًا.",
                                    "correct": False,
                                    "explanation": "الوجود في مكان عام ليس موافقة على النشر، وكشف هوية شخص قد "
                                    "يعرّضه هو أو أسرته لخطر حقيقي.",
                                },
                                {
                                    "text": "ننشر فقط الصور التي لا يمكن التعرف فيها على هؤلاء، أو نموّه وجوههم، "
                                    "ونحذف بيانات الموقع.",
                                    "correct": True,
                                    "explanation": "هكذا تحترمون اختيارهم وتقلّلون الخطر، وتُظهرون في الوقت نفسه "
                                    "أن النشاط قد حدث.",
                                },
                                {
                                    "text": "ننشرها في مجموعة مغلقة فقط.",
                                    "correct": False,
                                    "explanation": "المجموعات المغلقة تتسرّب منها الصور، ولقطات الشاشة تنتشر "
                                    "بسرعة، ولا يمكنكم التحكم فيمن سيراها.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    ],
}
