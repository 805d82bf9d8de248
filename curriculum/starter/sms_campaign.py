"""Starter module: Run an SMS campaign."""

MODULE = {
    "slug": "sms-campaign",
    "level": "intermediate",
    "topics": ["campaigns"],
    "tags": {
        "en": ["SMS", "bulk messaging", "consent", "sender ID", "mobile phones"],
        "ar": ["الرسائل القصيرة", "الرسائل الجماعية", "الموافقة", "اسم المرسل", "الهواتف المحمولة"],
    },
    "en": {
        "title": "Run an SMS campaign",
        "summary": (
            "Text messages reach almost every phone in Iraq, even without internet. Learn to build a list of people "
            "who agreed to hear from you, write messages that fit the character limits, work with a bulk SMS "
            "provider and measure what happens."
        ),
        "audience": (
            "Campaign and outreach staff in NGOs and community groups who want to reach people by text message, "
            "including people with basic phones or no mobile data. Basic spreadsheet skills help."
        ),
        "outcomes": [
            "Build a contact list based on informed opt-in consent, with an easy opt-out and proper protection.",
            "Write Arabic and English messages that fit the 70- and 160-character limits, and calculate their cost.",
            "Choose a bulk SMS provider, register a sender ID with the operators and test before you send.",
            "Time your sends well and measure delivery, replies and opt-outs to improve the next round.",
        ],
    },
    "ar": {
        "title": "أطلق حملة رسائل قصيرة",
        "summary": (
            "تصل الرسائل القصيرة إلى كل هاتف تقريباً في العراق، حتى من دون إنترنت. تعلّم كيف تبني قائمة بمن وافقوا "
            "على تلقي رسائلك، وتكتب رسائل تلتزم بحدود عدد الأحرف، وتتعامل مع مزوّد للرسائل الجماعية، وتقيس النتائج."
        ),
        "audience": (
            "العاملون في الحملات والتواصل المجتمعي في المنظمات والمجموعات المحلية ممن يريدون الوصول إلى الناس "
            "برسائل نصية، بمن فيهم أصحاب الهواتف البسيطة ومن لا يملكون باقة إنترنت. تفيدك معرفة أساسية بجداول "
            "البيانات."
        ),
        "outcomes": [
            "بناء قائمة اتصال قائمة على موافقة مستنيرة مسبقة، مع طريقة سهلة لإلغاء الاشتراك وحماية محكمة.",
            "كتابة رسائل عربية وإنجليزية تلتزم بحدَّي 70 و160 حرفاً، وحساب كلفتها.",
            "اختيار مزوّد للرسائل الجماعية، وتسجيل اسم المرسل لدى شركات الاتصالات، والتجربة قبل الإرسال.",
            "اختيار توقيت الإرسال المناسب، وقياس التسليم والردود وطلبات الإلغاء لتحسين الجولة التالية.",
        ],
    },
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "consent-and-contacts",
            "minutes": 25,
            "en": {
                "title": "Build a contact list with consent",
                "summary": (
                    "Collect phone numbers only from people who agreed, make stopping easy and keep the list safe."
                ),
                "body": [
                    (
                        "text",
                        "<p>SMS is the most widely available digital channel in Iraq. It works on a basic phone, "
                        "without mobile data, in places where the internet is slow or switched off. That is why a "
                        "text can reach an older voter in Anbar or a displaced family in a camp near Duhok when "
                        "social media cannot.</p>"
                        "<p>But a text arrives straight in someone's pocket. Messages sent to people who never agreed "
                        "to receive them feel like spam, damage your reputation and can get your sender blocked by "
                        "the operators. For activists there is a further risk: an unprotected list of phone numbers "
                        "shows exactly who supports your cause.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A one-sentence description of what you will send and how often",
                                "A sign-up form, on paper or online",
                                "A spreadsheet kept in an encrypted location",
                                "A way for people to stop, such as a reply keyword",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Write your consent statement",
                                    "body": "<p>Say who you are, what you will send, how often and how to stop. "
                                    "For example: “Yes, I want to receive up to 4 SMS a month from [organisation] "
                                    "about voter registration. I can stop at any time by replying STOP.”</p>",
                                },
                                {
                                    "title": "Collect sign-ups openly",
                                    "body": "<p>Use sign-up sheets at events, a form on your website, or a keyword "
                                    "that people text to your number, such as JOIN. Never buy lists, copy numbers "
                                    "from WhatsApp groups or take them from partners without those people's "
                                    "consent.</p>",
                                },
                                {
                                    "title": "Record what people agreed to",
                                    "body": "<p>For each contact, keep only what you need:</p>"
                                    "<ul><li>the phone number</li>"
                                    "<li>the date and place of sign-up</li>"
                                    "<li>the preferred language: Arabic, Kurdish or English</li>"
                                    "<li>the topics they agreed to receive</li></ul>",
                                },
                                {
                                    "title": "Make stopping easy",
                                    "body": "<p>Every campaign message, or at least the first one each month, should "
                                    "remind people how to stop, for example “Reply STOP to end”. Remove opt-outs "
                                    "within 24 hours, and never contact those numbers again for this "
                                    "campaign.</p>",
                                },
                                {
                                    "title": "Protect the list",
                                    "body": "<p>Keep the file in an encrypted place, such as a VeraCrypt volume or "
                                    "an encrypted laptop, never in a shared chat. Limit access to two or three "
                                    "people, upload it only to your SMS provider and delete contacts you no longer "
                                    "need.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>In a tense political moment, a list of supporters' phone numbers can be "
                            "dangerous if it leaks or is seized. Collect as little as possible: you rarely need "
                            "names, addresses or ID numbers to send a text.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Accept opt-out words in every language your contacts use, such as STOP and "
                            "the Arabic «إيقاف». Treat any clear request to stop, in any wording, as an "
                            "opt-out.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Your list is ready when",
                            "items": [
                                "Every number has a recorded opt-in, with date and place",
                                "People were told what you will send and how often",
                                "The opt-out keyword works and is handled within 24 hours",
                                "The file is encrypted and only two or three people can open it",
                                "You hold no more personal data than you need",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A partner organisation offers you 5,000 phone numbers from its beneficiary "
                            "database for your campaign. What should you do?",
                            "choices": [
                                {
                                    "text": "Decline, or ask the partner to invite its beneficiaries to sign up for "
                                    "your messages themselves",
                                    "correct": True,
                                    "explanation": "Right. Those people gave their numbers to the partner for "
                                    "another purpose. Only they can agree to hear from you.",
                                },
                                {
                                    "text": "Use the numbers, but put an opt-out in the first message",
                                    "correct": False,
                                    "explanation": "An opt-out does not make up for the missing opt-in. The first "
                                    "unwanted message already breaks people's trust.",
                                },
                                {
                                    "text": "Use them, since both organisations work for the same cause",
                                    "correct": False,
                                    "explanation": "A shared cause does not transfer consent. People decide for "
                                    "themselves who may contact them.",
                                },
                                {
                                    "text": "Use only the numbers of people who attended your own events",
                                    "correct": False,
                                    "explanation": "Attending an event is not consent to receive SMS, unless people "
                                    "signed up for messages there.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "ابنِ قائمة اتصال قائمة على الموافقة",
                "summary": "اجمع أرقام الهواتف ممن وافقوا فقط، واجعل إلغاء الاشتراك سهلاً، واحفظ القائمة في أمان.",
                "body": [
                    (
                        "text",
                        "<p>الرسائل القصيرة أوسع القنوات الرقمية انتشاراً في العراق، فهي تعمل على أبسط الهواتف، ومن "
                        "دون باقة بيانات، وفي أماكن يكون فيها الإنترنت بطيئاً أو مقطوعاً. ولهذا قد تصل رسالة نصية إلى "
                        "ناخب مسن في الأنبار أو إلى أسرة نازحة في مخيم قرب دهوك حيث تعجز وسائل التواصل "
                        "الاجتماعي.</p>"
                        "<p>لكن الرسالة النصية تصل إلى جيب صاحبها مباشرة. والرسائل التي تُرسل إلى من لم يوافقوا على "
                        "تلقيها تبدو إزعاجاً، وتسيء إلى سمعتكم، وقد تدفع شركات الاتصالات إلى حظر اسم المرسل. وعلى "
                        "الناشطين خطر إضافي: فقائمة أرقام غير محمية تكشف بدقة من يساند قضيتهم.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "جملة واحدة تصف ما سترسله وكم مرة",
                                "استمارة اشتراك، ورقية أو إلكترونية",
                                "جدول بيانات محفوظ في مكان مشفّر",
                                "طريقة تتيح للناس إيقاف الرسائل، ككلمة يرسلونها رداً",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اكتب نص الموافقة",
                                    "body": "<p>وضّح من أنتم، وما الذي سترسلونه، وكم مرة، وكيف يمكن الإيقاف. مثلاً: "
                                    "«نعم، أوافق على تلقي 4 رسائل قصيرة في الشهر كحد أقصى من [اسم المنظمة] حول "
                                    "التسجيل في سجل الناخبين، وأستطيع الإيقاف متى شئت بإرسال كلمة إيقاف».</p>",
                                },
                                {
                                    "title": "اجمع الاشتراكات بشفافية",
                                    "body": "<p>استخدم أوراق التسجيل في الفعاليات، أو استمارة على موقعكم، أو كلمة "
                                    "يرسلها الناس إلى رقمكم مثل «اشتراك». ولا تشترِ قوائم أبداً، ولا تنسخ الأرقام "
                                    "من مجموعات واتساب، ولا تأخذها من شركائكم دون موافقة أصحابها.</p>",
                                },
                                {
                                    "title": "دوّن ما وافق عليه كل شخص",
                                    "body": "<p>لا تحتفظ لكل جهة اتصال إلا بما تحتاج إليه:</p>"
                                    "<ul><li>رقم الهاتف</li>"
                                    "<li>تاريخ الاشتراك ومكانه</li>"
                                    "<li>اللغة المفضلة: العربية أو الكردية أو الإنجليزية</li>"
                                    "<li>الموضوعات التي وافق على تلقي رسائل عنها</li></ul>",
                                },
                                {
                                    "title": "اجعل إلغاء الاشتراك سهلاً",
                                    "body": "<p>ذكّر الناس في كل رسالة من رسائل الحملة، أو في أول رسالة من كل شهر "
                                    "على الأقل، بطريقة الإيقاف، مثل «للإيقاف أرسل إيقاف». واحذف من طلبوا الإلغاء "
                                    "خلال 24 ساعة، ولا تراسلهم مجدداً في هذه الحملة أبداً.</p>",
                                },
                                {
                                    "title": "احمِ القائمة",
                                    "body": "<p>احفظ الملف في مكان مشفّر، كوحدة تخزين VeraCrypt أو حاسوب محمول "
                                    "مشفّر، ولا تضعه أبداً في محادثة مشتركة. واقصر الوصول إليه على شخصين أو ثلاثة، "
                                    "ولا ترفعه إلا إلى مزوّد الرسائل، واحذف الأرقام التي لم تعد بحاجة إليها.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>في الأوقات السياسية المتوترة قد تصبح قائمة بأرقام هواتف المؤيدين خطرة إذا "
                            "تسربت أو صودرت. اجمع أقل قدر ممكن من البيانات، فنادراً ما تحتاج إلى الأسماء أو العناوين "
                            "أو أرقام الهويات لإرسال رسالة نصية.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اقبل كلمات الإيقاف بكل لغة يستخدمها المشتركون، مثل «إيقاف» والكلمة "
                            "الإنجليزية STOP، وعامِل أي طلب واضح بالتوقف، بأي صياغة جاء، على أنه إلغاء "
                            "للاشتراك.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "تكون قائمتك جاهزة حين",
                            "items": [
                                "يكون لكل رقم موافقة مسجلة بتاريخها ومكانها",
                                "يكون الناس قد عرفوا ما سترسله وكم مرة",
                                "تعمل كلمة الإيقاف وتُعالَج الطلبات خلال 24 ساعة",
                                "يكون الملف مشفّراً ولا يستطيع فتحه إلا شخصان أو ثلاثة",
                                "لا تحتفظ من البيانات الشخصية بأكثر مما تحتاج",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "عرضت عليك منظمة شريكة 5,000 رقم هاتف من قاعدة بيانات المستفيدين لديها "
                            "لاستخدامها في حملتك. ماذا تفعل؟",
                            "choices": [
                                {
                                    "text": "أعتذر عن قبولها، أو أطلب من الشريك أن يدعو مستفيديه إلى الاشتراك في "
                                    "رسائلنا بأنفسهم",
                                    "correct": True,
                                    "explanation": "صحيح. أعطى هؤلاء أرقامهم للشريك لغرض آخر، وهم وحدهم من "
                                    "يقررون إن كانوا يريدون تلقي رسائلك.",
                                },
                                {
                                    "text": "أستخدم الأرقام وأضع طريقة الإيقاف في الرسالة الأولى",
                                    "correct": False,
                                    "explanation": "طريقة الإيقاف لا تعوّض غياب الموافقة المسبقة، فالرسالة الأولى "
                                    "غير المرغوبة تهدم الثقة بالفعل.",
                                },
                                {
                                    "text": "أستخدمها لأن المنظمتين تعملان للقضية نفسها",
                                    "correct": False,
                                    "explanation": "وحدة القضية لا تنقل الموافقة من جهة إلى أخرى، فالناس يقررون "
                                    "بأنفسهم من يحق له التواصل معهم.",
                                },
                                {
                                    "text": "أستخدم أرقام من حضروا فعالياتنا نحن فقط",
                                    "correct": False,
                                    "explanation": "حضور فعالية ليس موافقة على تلقي الرسائل، ما لم يكن الشخص قد "
                                    "اشترك في الرسائل هناك.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "write-messages-that-fit",
            "minutes": 25,
            "en": {
                "title": "Write messages that fit, in Arabic and English",
                "summary": (
                    "Understand the 160- and 70-character limits, count message parts and calculate the cost before "
                    "you send."
                ),
                "body": [
                    (
                        "text",
                        "<p>An SMS has strict limits, and Arabic changes them. A message written only with basic Latin "
                        "letters uses the GSM-7 character set and holds up to 160 characters. As soon as it contains "
                        "a single Arabic letter, or an emoji, the whole message switches to UCS-2 encoding and the "
                        "limit drops to 70 characters.</p>"
                        "<p>Longer messages are split into parts and joined again on the receiving phone. Each part "
                        "loses a few characters to the joining information: 153 characters per part in GSM-7, and 67 "
                        "per part in UCS-2. Providers charge for every part, so a 140-character Arabic message costs "
                        "three parts, not two.</p>"
                        "<p>The same applies to Kurdish. Sorani in Arabic script always uses UCS-2, and so does "
                        "Kurmanji written in Latin letters as soon as it uses letters such as ê, î, û or ş.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "The one action you want people to take",
                                "A character counter: most bulk SMS dashboards show characters and parts, or use "
                                "the LEN function in a spreadsheet",
                                "Your provider's price per message part",
                                "Two or three colleagues who will read the draft on their phones",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Start with the action",
                                    "body": "<p>Decide the one thing the reader should do: register to vote, come "
                                    "to a meeting, call a hotline. Everything else is optional.</p>",
                                },
                                {
                                    "title": "Write a short draft",
                                    "body": "<p>Include who is sending, the action, the key detail and how to stop. "
                                    "An English example of 90 characters, which fits in one message: “Youth Forum: "
                                    "Voter registration closes 30/6. Visit your nearest centre. Reply STOP to "
                                    "stop”.</p>",
                                },
                                {
                                    "title": "Count characters and parts",
                                    "body": "<p>Remember these limits:</p>"
                                    "<ul><li>GSM-7 (basic Latin only): 160 characters in one message, 153 per "
                                    "part above that</li>"
                                    "<li>UCS-2 (any Arabic letter or emoji): 70 characters in one message, 67 per "
                                    "part above that</li></ul>",
                                },
                                {
                                    "title": "Cut, then cut again",
                                    "body": "<p>Remove greetings and adjectives, write numbers as digits and dates "
                                    "as 30/6, and keep the sender name short. In Arabic, diacritics such as the shadda "
                                    "count as characters too. If it still does not fit, consider two "
                                    "separate messages on different days rather than one long one.</p>",
                                },
                                {
                                    "title": "Calculate the cost",
                                    "body": "<p>Multiply parts by contacts by price. For example, if your provider "
                                    "charges 30 dinars per part, a two-part Arabic message to 8,000 people costs "
                                    "2 × 8,000 × 30 = 480,000 dinars. Ask for written quotes, because prices differ "
                                    "between providers and operators.</p>",
                                },
                                {
                                    "title": "Avoid hidden traps",
                                    "body": "<p>Some characters, such as [ ] { } € and ~, count as two in GSM-7. "
                                    "Curly quotes pasted from a word processor can switch a Latin message to UCS-2. "
                                    "Paste your text into a plain text editor before you send it.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>If you include a link, use your own short domain, such as yourgroup.org/vote, "
                            "rather than a link shortener. Shorteners can track who clicks, and many people distrust "
                            "them because scammers use them.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>SMS is not encrypted. The operator can read it, and so can anyone who picks "
                            "up the phone. Never send sensitive information, such as the place of a private meeting "
                            "or the names of people at risk.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you approve a message",
                            "items": [
                                "The sender is clear from the first words",
                                "There is one action and the key detail",
                                "The way to stop is included",
                                "The character count and number of parts are checked",
                                "The cost for the whole list is calculated",
                                "Colleagues read it on their phones and understood it",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Your Arabic message is 150 characters long. How many message parts will you "
                            "pay for per contact?",
                            "choices": [
                                {
                                    "text": "3 parts",
                                    "correct": True,
                                    "explanation": "Right. Arabic letters switch the message to UCS-2. Above 70 "
                                    "characters it is split into parts of up to 67, so 150 characters need 3 parts "
                                    "(67 + 67 + 16).",
                                },
                                {
                                    "text": "1 part",
                                    "correct": False,
                                    "explanation": "One message holds 160 characters only in GSM-7, which has no "
                                    "Arabic letters. In Arabic, a single message holds 70.",
                                },
                                {
                                    "text": "2 parts",
                                    "correct": False,
                                    "explanation": "Two parts of 67 hold only 134 characters. The last 16 characters "
                                    "need a third part.",
                                },
                                {
                                    "text": "It depends on the model of the receiver's phone",
                                    "correct": False,
                                    "explanation": "The limits come from the SMS standard, not the phone. Every "
                                    "phone receives 3 parts and shows them as one message.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "GSM 03.38 character set (Wikipedia)",
                            "description": "Which characters fit in the basic SMS alphabet, and which ones count "
                            "double.",
                            "url": "https://en.wikipedia.org/wiki/GSM_03.38",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "اكتب رسائل تلتزم بالحدود، بالعربية والإنجليزية",
                "summary": "افهم حدَّي 160 و70 حرفاً، واحسب أجزاء الرسالة وكلفتها قبل الإرسال.",
                "body": [
                    (
                        "text",
                        "<p>للرسالة القصيرة حدود صارمة، والعربية تغيّرها. فالرسالة المكتوبة بالحروف اللاتينية "
                        "الأساسية وحدها تعتمد مجموعة المحارف GSM-7 وتتسع لـ160 حرفاً، لكن ما إن يظهر فيها حرف عربي "
                        "واحد أو رمز تعبيري حتى تتحول الرسالة كلها إلى ترميز UCS-2 وينخفض الحد إلى 70 حرفاً.</p>"
                        "<p>أما الرسائل الأطول فتُقسَّم إلى أجزاء يُعاد جمعها في هاتف المستلم، ويخسر كل جزء بضعة أحرف "
                        "لمعلومات الربط: 153 حرفاً للجزء في GSM-7، و67 حرفاً في UCS-2. ويحتسب المزوّد ثمن كل جزء، "
                        "فالرسالة العربية ذات الـ140 حرفاً تكلّف ثلاثة أجزاء لا جزأين.</p>"
                        "<p>وينطبق هذا على الكردية أيضاً: فالسورانية المكتوبة بالحروف العربية تستخدم UCS-2 دائماً، "
                        "وكذلك الكرمانجية المكتوبة بالحروف اللاتينية متى استُعملت فيها حروف مثل ê وî وû وş.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "الفعل الوحيد الذي تريد من الناس القيام به",
                                "أداة لعدّ الأحرف: تعرض معظم لوحات الرسائل الجماعية عدد الأحرف والأجزاء، أو "
                                "استخدم الدالة LEN في جدول بيانات",
                                "سعر الجزء الواحد لدى مزوّدك",
                                "زميلان أو ثلاثة يقرؤون المسودة على هواتفهم",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "ابدأ بالفعل المطلوب",
                                    "body": "<p>حدّد الأمر الوحيد الذي ينبغي أن يفعله القارئ: التسجيل للتصويت، أو "
                                    "حضور اجتماع، أو الاتصال بخط ساخن. وكل ما عدا ذلك إضافة يمكن الاستغناء "
                                    "عنها.</p>",
                                },
                                {
                                    "title": "اكتب مسودة قصيرة",
                                    "body": "<p>اذكر الجهة المرسلة والفعل المطلوب والتفصيل الأهم وطريقة الإيقاف. "
                                    "وهذا مثال عربي من 68 حرفاً يتسع في رسالة واحدة: «منتدى الشباب: آخر موعد "
                                    "للتسجيل 30/6 في أقرب مركز. للإيقاف أرسل إيقاف».</p>",
                                },
                                {
                                    "title": "عُدّ الأحرف والأجزاء",
                                    "body": "<p>تذكّر هذه الحدود:</p>"
                                    "<ul><li>GSM-7 (حروف لاتينية أساسية فقط): 160 حرفاً للرسالة الواحدة، و153 "
                                    "لكل جزء بعد ذلك</li>"
                                    "<li>UCS-2 (أي حرف عربي أو رمز تعبيري): 70 حرفاً للرسالة الواحدة، و67 لكل جزء "
                                    "بعد ذلك</li></ul>",
                                },
                                {
                                    "title": "اختصر ثم اختصر",
                                    "body": "<p>احذف التحيات والصفات، واكتب الأعداد أرقاماً والتواريخ بصيغة 30/6، "
                                    "واجعل اسم الجهة قصيراً. وتذكّر أن الحركات والشدّة تُحسب أحرفاً أيضاً. فإن لم "
                                    "تتسع الرسالة فكّر في رسالتين منفصلتين في يومين مختلفين بدلاً من رسالة "
                                    "طويلة.</p>",
                                },
                                {
                                    "title": "احسب الكلفة",
                                    "body": "<p>اضرب عدد الأجزاء في عدد جهات الاتصال في السعر. فإذا كان مزوّدك "
                                    "يتقاضى 30 ديناراً عن الجزء مثلاً، فإن رسالة عربية من جزأين إلى 8,000 شخص تكلّف "
                                    "2 × 8,000 × 30 = 480,000 دينار. واطلب عروض أسعار مكتوبة، لأن الأسعار تختلف من "
                                    "مزوّد إلى آخر ومن شركة اتصالات إلى أخرى.</p>",
                                },
                                {
                                    "title": "احذر الفخاخ الخفية",
                                    "body": "<p>بعض الرموز، مثل [ ] { } € و~، تُحسب حرفين في GSM-7. وعلامات "
                                    "الاقتباس المنحنية المنسوخة من برامج تحرير النصوص قد تحوّل رسالة لاتينية إلى "
                                    "UCS-2، فالصق نصك في محرر نصوص بسيط قبل الإرسال.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>إذا أضفت رابطاً فاستخدم نطاقك القصير الخاص، مثل yourgroup.org/vote، بدلاً "
                            "من خدمات اختصار الروابط. فهذه الخدمات قد تتتبع من ينقر، وكثير من الناس لا يثقون بها "
                            "لأن المحتالين يستخدمونها.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>الرسائل القصيرة غير مشفّرة، فشركة الاتصالات تستطيع قراءتها، وكذلك كل من "
                            "يمسك الهاتف. لا ترسل أبداً معلومات حساسة، كمكان اجتماع مغلق أو أسماء أشخاص معرّضين "
                            "للخطر.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تعتمد الرسالة",
                            "items": [
                                "الجهة المرسلة واضحة من الكلمات الأولى",
                                "فيها فعل واحد مطلوب والتفصيل الأهم",
                                "طريقة الإيقاف مذكورة",
                                "عدد الأحرف وعدد الأجزاء مراجَعان",
                                "كلفة الإرسال إلى القائمة كاملة محسوبة",
                                "قرأها الزملاء على هواتفهم وفهموها",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "طول رسالتك العربية 150 حرفاً. كم جزءاً ستدفع ثمنه عن كل جهة اتصال؟",
                            "choices": [
                                {
                                    "text": "3 أجزاء",
                                    "correct": True,
                                    "explanation": "صحيح. الحروف العربية تحوّل الرسالة إلى UCS-2، وما زاد على 70 "
                                    "حرفاً يُقسَّم إلى أجزاء لا يتجاوز كل منها 67 حرفاً، فتحتاج 150 حرفاً إلى 3 أجزاء "
                                    "(67 + 67 + 16).",
                                },
                                {
                                    "text": "جزء واحد",
                                    "correct": False,
                                    "explanation": "تتسع الرسالة الواحدة لـ160 حرفاً في GSM-7 فقط، وهي لا تضم "
                                    "حروفاً عربية. أما بالعربية فتتسع الرسالة الواحدة لـ70 حرفاً.",
                                },
                                {
                                    "text": "جزآن",
                                    "correct": False,
                                    "explanation": "الجزآن بسعة 67 حرفاً لكل منهما لا يتسعان إلا لـ134 حرفاً، "
                                    "والأحرف الستة عشر الباقية تحتاج إلى جزء ثالث.",
                                },
                                {
                                    "text": "يتوقف ذلك على طراز هاتف المستلم",
                                    "correct": False,
                                    "explanation": "الحدود مصدرها معيار الرسائل القصيرة لا الهاتف، فكل هاتف "
                                    "يستقبل 3 أجزاء ويعرضها رسالة واحدة.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "مجموعة المحارف GSM 03.38 (ويكيبيديا)",
                            "description": "ما الأحرف التي تتسع لها أبجدية الرسائل القصيرة الأساسية، وما الأحرف "
                            "التي تُحسب مرتين (بالإنجليزية).",
                            "url": "https://en.wikipedia.org/wiki/GSM_03.38",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "provider-and-sender-id",
            "minutes": 30,
            "en": {
                "title": "Choose a provider, register a sender ID and test",
                "summary": (
                    "Compare bulk SMS providers, get your sender name approved by the operators, plan for replies "
                    "and test on every network."
                ),
                "body": [
                    (
                        "text",
                        "<p>To send hundreds or thousands of messages, you need a bulk SMS provider, also called an "
                        "SMS gateway. The provider connects to the mobile operators, in Iraq mainly Asiacell, Zain "
                        "Iraq and Korek Telecom, and delivers your messages to their subscribers. You upload your list "
                        "or paste numbers into a web dashboard.</p>"
                        "<p>Your messages appear to come from a <b>sender ID</b>: either a phone number, or a short "
                        "name of up to 11 Latin letters and digits, such as YouthForum. Operators usually require a "
                        "name to be registered and approved before use, and may block unregistered senders. Plan for "
                        "this to take anything from several days to a few weeks.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your organisation's registration certificate and an official letter on letterhead",
                                "A short sender name of up to 11 Latin characters",
                                "Written quotes from two or three providers",
                                "Five test phones or volunteers covering Asiacell, Zain Iraq and Korek",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Compare providers",
                                    "body": "<p>Ask every provider the same questions:</p>"
                                    "<ul><li>What is the price per part, for Arabic and Latin messages, on each "
                                    "operator?</li>"
                                    "<li>Do you deliver to all three main operators?</li>"
                                    "<li>Do you give delivery reports?</li>"
                                    "<li>Can people reply, and where do replies go?</li>"
                                    "<li>Where is our data stored, and who can see it?</li></ul>",
                                },
                                {
                                    "title": "Check how they treat your data",
                                    "body": "<p>Ask for a written promise that your contact list is used only to "
                                    "send your messages, is never shared or sold, and is deleted when you close the "
                                    "account. Prefer a provider whose dashboard supports two-factor login.</p>",
                                },
                                {
                                    "title": "Register your sender ID",
                                    "body": "<p>Send the provider your chosen name, your registration papers, a "
                                    "sample message and a short description of the campaign. The provider submits "
                                    "them to each operator. Keep the name neutral and recognisable: names that look "
                                    "like a ministry or a bank are usually refused.</p>",
                                },
                                {
                                    "title": "Decide how people will reply",
                                    "body": "<p>A name such as YouthForum is one-way: nobody can reply to it. If you "
                                    "want people to answer STOP, YES or a question, you need a number that accepts "
                                    "incoming messages. Ask the provider for a two-way number, or give a separate "
                                    "phone number in the message.</p>",
                                },
                                {
                                    "title": "Test on every network",
                                    "body": "<p>Send your real message to the five test phones on all three "
                                    "operators. Check that it arrives, that the sender ID shows correctly, that the "
                                    "Arabic reads properly and has not turned into question marks, and that replies "
                                    "reach you.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>For a few dozen people, sending from an ordinary phone with an SMS bundle can "
                            "work. For larger lists, do not: operators may block a SIM card that sends hundreds of "
                            "messages, and your personal number becomes public.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Once your basic campaign works, look at open-source tools such as RapidPro. "
                            "Connected to a provider, they can run automated two-way SMS conversations, such as "
                            "short surveys or sign-ups.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before your first real send",
                            "items": [
                                "You compared at least two providers in writing",
                                "The provider confirmed in writing how it handles your data",
                                "The sender ID is approved on all three operators",
                                "You know how replies and opt-outs reach you",
                                "Test messages arrived correctly on every network",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "You want people to reply YES to confirm they will attend a town hall meeting "
                            "in Erbil. Your approved sender ID is ErbilYouth. What is the problem?",
                            "choices": [
                                {
                                    "text": "Nobody can reply to a sender name, so you need a two-way number",
                                    "correct": True,
                                    "explanation": "Right. Names such as ErbilYouth are one-way. Ask your provider "
                                    "for a number that receives replies, or give one in the message.",
                                },
                                {
                                    "text": "The name is too long",
                                    "correct": False,
                                    "explanation": "ErbilYouth has 10 characters, within the 11-character limit for "
                                    "sender names.",
                                },
                                {
                                    "text": "People cannot reply in Arabic by SMS",
                                    "correct": False,
                                    "explanation": "Replies can be in Arabic. They simply use UCS-2 encoding, like "
                                    "any Arabic message.",
                                },
                                {
                                    "text": "There is no problem",
                                    "correct": False,
                                    "explanation": "There is: the replies would go nowhere, and you would never see "
                                    "who confirmed.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "RapidPro (source code and documentation)",
                            "description": "The open-source platform for building automated SMS and messaging "
                            "conversations.",
                            "url": "https://github.com/rapidpro/rapidpro",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "اختر مزوّداً، وسجّل اسم المرسل، وجرّب",
                "summary": (
                    "قارن بين مزوّدي الرسائل الجماعية، واحصل على موافقة شركات الاتصالات على اسم المرسل، وخطّط "
                    "لاستقبال الردود، وجرّب على كل شبكة."
                ),
                "body": [
                    (
                        "text",
                        "<p>لإرسال مئات الرسائل أو آلافها تحتاج إلى مزوّد للرسائل الجماعية، ويسمى أيضاً بوابة "
                        "الرسائل القصيرة. يرتبط المزوّد بشركات الاتصالات، وهي في العراق أساساً آسياسيل وزين العراق "
                        "وكورك تيليكوم، ويوصل رسائلك إلى مشتركيها. وما عليك إلا أن ترفع قائمتك أو تلصق الأرقام في "
                        "لوحة تحكم على الويب.</p>"
                        "<p>تظهر رسائلك صادرة عن <b>اسم مرسل</b>: إما رقم هاتف، وإما اسم قصير لا يتجاوز 11 حرفاً "
                        "ورقماً لاتينياً، مثل YouthForum. وتشترط شركات الاتصالات عادة تسجيل الاسم والموافقة عليه قبل "
                        "استخدامه، وقد تحظر المرسلين غير المسجلين. فاحسب لهذه الخطوة وقتاً يتراوح بين بضعة أيام وبضعة "
                        "أسابيع.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "شهادة تسجيل منظمتك وكتاب رسمي على ورقها المروّس",
                                "اسم مرسل قصير لا يتجاوز 11 حرفاً لاتينياً",
                                "عروض أسعار مكتوبة من مزوّدين اثنين أو ثلاثة",
                                "خمسة هواتف أو متطوعين للتجربة، موزعين على آسياسيل وزين العراق وكورك",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "قارن بين المزوّدين",
                                    "body": "<p>اطرح الأسئلة نفسها على كل مزوّد:</p>"
                                    "<ul><li>ما سعر الجزء للرسائل العربية واللاتينية على كل شبكة؟</li>"
                                    "<li>هل توصلون الرسائل إلى الشركات الثلاث الرئيسية كلها؟</li>"
                                    "<li>هل تقدّمون تقارير تسليم؟</li>"
                                    "<li>هل يستطيع الناس الرد، وإلى أين تذهب الردود؟</li>"
                                    "<li>أين تُحفظ بياناتنا، ومن يستطيع الاطلاع عليها؟</li></ul>",
                                },
                                {
                                    "title": "تحقّق من طريقة تعاملهم مع بياناتك",
                                    "body": "<p>اطلب تعهداً مكتوباً بألا تُستخدم قائمتك إلا لإرسال رسائلك، وألا "
                                    "تُشارك أو تُباع أبداً، وأن تُحذف عند إغلاق الحساب. وفضّل مزوّداً تدعم لوحة "
                                    "تحكمه الدخول بالتحقق بخطوتين.</p>",
                                },
                                {
                                    "title": "سجّل اسم المرسل",
                                    "body": "<p>أرسل إلى المزوّد الاسم الذي اخترته وأوراق تسجيلكم ورسالة نموذجية "
                                    "ووصفاً موجزاً للحملة، ليقدّمها بدوره إلى كل شركة اتصالات. واجعل الاسم محايداً "
                                    "وسهل التعرف إليه، فالأسماء التي توحي بوزارة أو مصرف تُرفض في الغالب.</p>",
                                },
                                {
                                    "title": "قرّر كيف سيرد الناس",
                                    "body": "<p>الاسم مثل YouthForum باتجاه واحد، فلا يستطيع أحد الرد عليه. فإن أردت "
                                    "أن يرد الناس بكلمة إيقاف أو نعم أو بسؤال، فأنت تحتاج إلى رقم يستقبل الرسائل. "
                                    "اطلب من المزوّد رقماً ثنائي الاتجاه، أو اذكر في الرسالة رقم هاتف منفصلاً.</p>",
                                },
                                {
                                    "title": "جرّب على كل شبكة",
                                    "body": "<p>أرسل رسالتك الحقيقية إلى هواتف التجربة الخمسة على الشبكات الثلاث، "
                                    "وتأكد أنها تصل، وأن اسم المرسل يظهر صحيحاً، وأن العربية تُقرأ سليمة ولم تتحول "
                                    "إلى علامات استفهام، وأن الردود تصل إليك.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>لبضع عشرات من الأشخاص قد ينفع الإرسال من هاتف عادي بباقة رسائل. أما للقوائم "
                            "الأكبر فلا تفعل، لأن شركات الاتصالات قد تحظر الشريحة التي ترسل مئات الرسائل، ولأن رقمك "
                            "الشخصي سيصبح معروفاً للجميع.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>بعد أن تنجح حملتك الأساسية، تعرّف إلى أدوات مفتوحة المصدر مثل RapidPro، "
                            "فهي حين تُربط بمزوّد تستطيع إدارة محادثات آلية ثنائية الاتجاه عبر الرسائل القصيرة، "
                            "كالاستبيانات القصيرة أو التسجيل.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أول إرسال حقيقي",
                            "items": [
                                "قارنت كتابياً بين مزوّدين اثنين على الأقل",
                                "أكّد المزوّد كتابةً طريقة تعامله مع بياناتك",
                                "اسم المرسل معتمد لدى شركات الاتصالات الثلاث",
                                "تعرف كيف تصلك الردود وطلبات الإيقاف",
                                "وصلت رسائل التجربة سليمة على كل شبكة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "تريد أن يرد الناس بكلمة «نعم» لتأكيد حضورهم لقاءً مفتوحاً في أربيل، واسم "
                            "المرسل المعتمد لديك هو ErbilYouth. ما المشكلة؟",
                            "choices": [
                                {
                                    "text": "لا يمكن الرد على اسم مرسل، فأنت تحتاج إلى رقم ثنائي الاتجاه",
                                    "correct": True,
                                    "explanation": "صحيح. الأسماء مثل ErbilYouth باتجاه واحد، فاطلب من مزوّدك رقماً "
                                    "يستقبل الردود، أو اذكر رقماً في الرسالة.",
                                },
                                {
                                    "text": "الاسم طويل أكثر من اللازم",
                                    "correct": False,
                                    "explanation": "يتكون ErbilYouth من 10 أحرف، وهذا ضمن حد الأحرف الأحد عشر "
                                    "لأسماء المرسلين.",
                                },
                                {
                                    "text": "لا يستطيع الناس الرد بالعربية عبر الرسائل القصيرة",
                                    "correct": False,
                                    "explanation": "الرد بالعربية ممكن، وهو يستخدم ترميز UCS-2 كأي رسالة عربية.",
                                },
                                {
                                    "text": "لا توجد مشكلة",
                                    "correct": False,
                                    "explanation": "بل توجد: فالردود لن تصل إلى أي مكان، ولن تعرف أبداً من أكّد حضوره.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "RapidPro (الشيفرة المصدرية والتوثيق)",
                            "description": "منصة مفتوحة المصدر لبناء محادثات آلية عبر الرسائل القصيرة وتطبيقات "
                            "المراسلة (بالإنجليزية).",
                            "url": "https://github.com/rapidpro/rapidpro",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "send-and-measure",
            "minutes": 25,
            "en": {
                "title": "Send at the right time and measure results",
                "summary": (
                    "Choose good sending times, start with a small batch, answer replies and learn from simple "
                    "numbers that respect people's privacy."
                ),
                "body": [
                    (
                        "text",
                        "<p>The same message can get very different results depending on when it arrives. A text at "
                        "11 at night annoys people; one sent during Friday prayers or just before iftar in Ramadan is "
                        "easy to miss. Good timing costs nothing and often matters more than clever wording.</p>"
                        "<p>Measuring tells you whether the campaign works. You do not need tools that follow people "
                        "around. Your provider's delivery reports, the replies you receive and the number of opt-outs "
                        "already say a great deal, and they respect your contacts' privacy.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "An approved message and a tested sender ID",
                                "Your contact list, cleaned of opt-outs",
                                "A simple spreadsheet to record results",
                                "Someone ready to answer replies during the first 48 hours",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Choose the time",
                                    "body": "<p>Send between about 10 in the morning and 7 in the evening. Avoid "
                                    "Friday midday, exam days if you are reaching students, and the hour before "
                                    "iftar in Ramadan. For an event, send a reminder the day before and again on the "
                                    "morning itself.</p>",
                                },
                                {
                                    "title": "Send a small batch first",
                                    "body": "<p>Send to 5 to 10 percent of the list, say 400 people out of 8,000. "
                                    "Wait an hour or two, then check delivery reports and replies for problems "
                                    "before you send to everyone.</p>",
                                },
                                {
                                    "title": "Send to the rest and answer replies",
                                    "body": "<p>Have someone ready to answer questions and to process STOP replies "
                                    "the same day. A quick, polite answer turns a text into a conversation.</p>",
                                },
                                {
                                    "title": "Record the results",
                                    "body": "<p>For each send, write down:</p>"
                                    "<ul><li>messages sent and delivered</li>"
                                    "<li>replies received</li>"
                                    "<li>opt-outs</li>"
                                    "<li>the result you wanted, such as people who came or registered</li>"
                                    "<li>the total cost</li></ul>",
                                },
                                {
                                    "title": "Learn and adjust",
                                    "body": "<p>Work out the cost per result: 480,000 dinars for 320 attendees is "
                                    "1,500 dinars per person. If a shorter message or a different time gets more "
                                    "replies, use it next time. If opt-outs jump from one send to the next, you may "
                                    "be sending too often or to the wrong people.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>To compare two versions fairly, split the list at random into two halves and "
                            "send version A to one half and version B to the other, at the same time. Change only "
                            "one thing, such as the wording or the call to action.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>A delivery report means the message reached a phone, not that it was read, "
                            "and a phone switched off for days may show as failed. Do not resend failures again and "
                            "again: remove numbers that fail three sends in a row.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "After each send",
                            "items": [
                                "A small test batch went out first and was checked",
                                "Replies and opt-outs were handled within 24 hours",
                                "Delivery, replies, opt-outs and results are recorded",
                                "The cost per result is calculated",
                                "One lesson for the next send is written down",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "After your first full send, 97 percent of messages were delivered, but only "
                            "12 out of 6,000 people replied. What is a useful next step?",
                            "choices": [
                                {
                                    "text": "Test a clearer call to action, or a different time, on a random half "
                                    "of the list",
                                    "correct": True,
                                    "explanation": "Right. Delivery works, so the message or the timing is the "
                                    "likely problem. Change one thing at a time and compare.",
                                },
                                {
                                    "text": "Send the same message to everyone again tomorrow",
                                    "correct": False,
                                    "explanation": "Repeating an unclear message costs money and annoys people, "
                                    "which usually brings more opt-outs.",
                                },
                                {
                                    "text": "Add a link shortener that records who clicks",
                                    "correct": False,
                                    "explanation": "Tracking individuals is not needed and erodes trust. Replies, "
                                    "opt-outs and real-world results are enough to measure.",
                                },
                                {
                                    "text": "Buy a bigger list of numbers",
                                    "correct": False,
                                    "explanation": "More people who never signed up will not fix the message, and "
                                    "texting them breaks consent.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Concatenated SMS (Wikipedia)",
                            "description": "How long messages are split into parts, and why each part holds fewer "
                            "characters.",
                            "url": "https://en.wikipedia.org/wiki/Concatenated_SMS",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "أرسل في الوقت المناسب وقِس النتائج",
                "summary": (
                    "اختر أوقات إرسال مناسبة، وابدأ بدفعة صغيرة، وأجب عن الردود، وتعلّم من أرقام بسيطة تحترم خصوصية "
                    "الناس."
                ),
                "body": [
                    (
                        "text",
                        "<p>قد تحقق الرسالة نفسها نتائج مختلفة تماماً بحسب توقيت وصولها. فالرسالة في الحادية عشرة "
                        "ليلاً تزعج الناس، والرسالة التي تصل في أثناء صلاة الجمعة أو قبيل الإفطار في رمضان تضيع بسهولة. "
                        "والتوقيت الجيد لا يكلّف شيئاً، وكثيراً ما يكون أهم من براعة الصياغة.</p>"
                        "<p>أما القياس فيخبرك هل تؤتي الحملة ثمارها. ولا حاجة بك إلى أدوات تلاحق الناس، فتقارير "
                        "التسليم من مزوّدك والردود التي تتلقاها وعدد طلبات الإيقاف تقول الكثير، وتحترم في الوقت نفسه "
                        "خصوصية المشتركين.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "رسالة معتمدة واسم مرسل مجرَّب",
                                "قائمة الاتصال بعد حذف من طلبوا الإيقاف",
                                "جدول بيانات بسيط لتسجيل النتائج",
                                "شخص مستعد للرد على الرسائل خلال أول 48 ساعة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اختر التوقيت",
                                    "body": "<p>أرسل بين العاشرة صباحاً والسابعة مساءً تقريباً، وتجنّب ظهيرة "
                                    "الجمعة، وأيام الامتحانات إن كنت تخاطب الطلاب، والساعة التي تسبق الإفطار في "
                                    "رمضان. وإن كانت الرسالة عن فعالية فأرسل تذكيراً قبلها بيوم ثم صباح يومها.</p>",
                                },
                                {
                                    "title": "ابدأ بدفعة صغيرة",
                                    "body": "<p>أرسل إلى ما بين 5 و10 بالمئة من القائمة، أي نحو 400 شخص من أصل "
                                    "8,000. انتظر ساعة أو ساعتين، ثم راجع تقارير التسليم والردود بحثاً عن أي مشكلة "
                                    "قبل الإرسال إلى الجميع.</p>",
                                },
                                {
                                    "title": "أرسل إلى البقية وأجب عن الردود",
                                    "body": "<p>ليكن لديك شخص جاهز للإجابة عن الأسئلة ومعالجة طلبات الإيقاف في "
                                    "اليوم نفسه، فالرد السريع المهذب يحوّل الرسالة النصية إلى حوار.</p>",
                                },
                                {
                                    "title": "سجّل النتائج",
                                    "body": "<p>دوّن بعد كل إرسال:</p>"
                                    "<ul><li>عدد الرسائل المرسلة والمسلَّمة</li>"
                                    "<li>عدد الردود</li>"
                                    "<li>عدد طلبات الإيقاف</li>"
                                    "<li>النتيجة التي أردتها، كعدد من حضروا أو سجّلوا</li>"
                                    "<li>الكلفة الإجمالية</li></ul>",
                                },
                                {
                                    "title": "تعلّم وعدّل",
                                    "body": "<p>احسب كلفة النتيجة الواحدة: 480,000 دينار مقابل 320 حاضراً تعني "
                                    "1,500 دينار للشخص. وإذا جلبت رسالة أقصر أو توقيت مختلف ردوداً أكثر فاعتمده في "
                                    "المرة القادمة. أما إذا قفز عدد طلبات الإيقاف من إرسال إلى آخر فلعلك ترسل "
                                    "كثيراً أو إلى غير المعنيين.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>لتقارن بين صيغتين مقارنة منصفة، قسّم القائمة عشوائياً إلى نصفين، وأرسل "
                            "الصيغة الأولى إلى نصف والثانية إلى النصف الآخر في الوقت نفسه، وغيّر أمراً واحداً فقط "
                            "كالصياغة أو الدعوة إلى الفعل.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>تقرير التسليم يعني أن الرسالة وصلت إلى الهاتف لا أنها قُرئت، والهاتف المغلق "
                            "لأيام قد يظهر إرسالاً فاشلاً. فلا تُعد إرسال الرسائل الفاشلة مرة بعد مرة، واحذف الأرقام "
                            "التي يفشل الإرسال إليها ثلاث مرات متتالية.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "بعد كل إرسال",
                            "items": [
                                "أُرسلت دفعة تجريبية صغيرة أولاً وروجعت",
                                "عولجت الردود وطلبات الإيقاف خلال 24 ساعة",
                                "سُجّلت أرقام التسليم والردود والإيقاف والنتائج",
                                "حُسبت كلفة النتيجة الواحدة",
                                "دُوّن درس واحد للإرسال القادم",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "بعد أول إرسال كامل، سُلِّمت 97 بالمئة من الرسائل، لكن لم يرد إلا 12 شخصاً من "
                            "أصل 6,000. ما الخطوة التالية المفيدة؟",
                            "choices": [
                                {
                                    "text": "أجرّب دعوة أوضح إلى الفعل، أو توقيتاً مختلفاً، على نصف عشوائي من القائمة",
                                    "correct": True,
                                    "explanation": "صحيح. التسليم يعمل جيداً، فالمشكلة على الأرجح في الرسالة أو "
                                    "التوقيت. غيّر أمراً واحداً في كل مرة وقارن.",
                                },
                                {
                                    "text": "أرسل الرسالة نفسها إلى الجميع مرة أخرى غداً",
                                    "correct": False,
                                    "explanation": "تكرار رسالة غير واضحة يهدر المال ويزعج الناس، فيزيد عادة عدد "
                                    "طلبات الإيقاف.",
                                },
                                {
                                    "text": "أضيف خدمة لاختصار الروابط تسجّل من ينقر",
                                    "correct": False,
                                    "explanation": "تتبع الأفراد غير ضروري ويضعف الثقة، والردود وطلبات الإيقاف "
                                    "والنتائج على أرض الواقع تكفي للقياس.",
                                },
                                {
                                    "text": "أشتري قائمة أرقام أكبر",
                                    "correct": False,
                                    "explanation": "إضافة أشخاص لم يشتركوا قط لن تصلح الرسالة، ومراسلتهم تنقض مبدأ "
                                    "الموافقة.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "الرسائل القصيرة المتسلسلة (ويكيبيديا)",
                            "description": "كيف تُقسَّم الرسائل الطويلة إلى أجزاء، ولماذا يتسع كل جزء لأحرف أقل "
                            "(بالإنجليزية).",
                            "url": "https://en.wikipedia.org/wiki/Concatenated_SMS",
                        },
                    ),
                ],
            },
        },
    ],
}
