"""Starter module: Transparency and accountability: working openly and holding power to account."""

MODULE = {
    "slug": "transparency",
    "level": "intermediate",
    "topics": ["accountability"],
    "tags": {
        "en": ["transparency", "accountability", "public budgets", "monitoring"],
        "ar": ["الشفافية", "المساءلة", "الموازنات العامة", "الرصد"],
    },
    "en": {
        "title": "Transparency and accountability: working openly and holding power to account",
        "summary": (
            "Put your own organisation’s money and decisions in the open, then use information requests, public "
            "budgets, tenders and promise tracking to hold officials to account, carefully and safely."
        ),
        "audience": (
            "NGOs, monitoring groups, youth initiatives and community activists in Iraq and the Kurdistan Region "
            "who want to build trust and follow how public money and official promises are handled."
        ),
        "outcomes": [
            "Publish your organisation’s budget, funders and key decisions in a simple, regular format.",
            "Write and follow up an access-to-information request where the law allows it.",
            "Follow a public budget line, a tender or an official’s promise and record what happens.",
            "Document evidence carefully, verify it and give people a right of reply before publishing.",
            "Reduce legal and personal risks, including defamation claims and the exposure of sources.",
        ],
    },
    "ar": {
        "title": "الشفافية والمساءلة: العمل بانفتاح ومساءلة أصحاب السلطة",
        "summary": (
            "ابدؤوا بكشف أموال منظمتكم وقراراتها للناس، ثم استعملوا طلبات الحصول على المعلومات ومتابعة الموازنات "
            "العامة والمناقصات ورصد الوعود لمساءلة المسؤولين، بحرص وأمان."
        ),
        "audience": (
            "المنظمات غير الحكومية وفرق الرصد والمبادرات الشبابية والناشطون المجتمعيون في العراق وإقليم كوردستان، "
            "ممن يريدون بناء الثقة ومتابعة طريقة التصرف بالمال العام ووعود المسؤولين."
        ),
        "outcomes": [
            "نشر موازنة منظمتكم ومصادر تمويلها وأهم قراراتها بصيغة بسيطة ومنتظمة.",
            "كتابة طلب للحصول على المعلومات ومتابعته حيثما يسمح القانون بذلك.",
            "متابعة بند في موازنة عامة أو مناقصة أو وعد لمسؤول، وتسجيل ما يجري فعلًا.",
            "توثيق الأدلة بعناية والتحقق منها، ومنح المعنيين حق الرد قبل النشر.",
            "تقليل المخاطر القانونية والشخصية، ومنها دعاوى القذف وكشف هوية المصادر.",
        ],
    },
    "lessons": [
        {
            "slug": "open-your-own-books",
            "minutes": 20,
            "en": {
                "title": "Start at home: publish your budget, funders and decisions",
                "summary": (
                    "Before you ask officials to be open, show your own funders, spending and decisions in a short, "
                    "dated page that protects the people you serve."
                ),
                "body": [
                    (
                        "text",
                        "<p>If you want officials to be open, your own house has to be in order first. An "
                        "organisation that hides where its money comes from is easy to attack. People may call you "
                        "foreign agents, a front for a party or a money-making project. Publishing the basics answers "
                        "those questions before anyone asks them.</p>"
                        "<p>Transparency does not mean publishing everything. The salaries of named staff, the "
                        "identities of vulnerable beneficiaries and security details should stay private. It means "
                        "publishing enough for a reasonable person to see who funds you, how you spend money and how "
                        "you take decisions.</p>"
                        "<p>A small NGO in Erbil, for example, could add one “open page” to its website or Facebook "
                        "page and update it every six months.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your latest budget, or a simple record of income and spending",
                                "A list of your funders and the amount or share from each",
                                "Basic facts about your organisation: registration, board or founding members",
                                "Agreement from your board or leadership to publish",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Decide what you will publish",
                                    "body": "<p>A good minimum is:</p><ul><li>Who funds you, with amounts or "
                                    "percentages</li><li>Your yearly budget by main category</li><li>Who sits on your "
                                    "board or leadership, and how decisions are taken</li><li>Your main activities "
                                    "and results</li></ul>",
                                },
                                {
                                    "title": "Check your funding agreements",
                                    "body": "<p>Most funders are happy to be named, and some require it. A few "
                                    "prefer not to be. Read your agreements, and talk to any funder whose name could "
                                    "put staff at risk. Write down the reason for each choice you make.</p>",
                                },
                                {
                                    "title": "Keep it short and readable",
                                    "body": "<p>Use a simple table and plain words. Rounded figures are fine: "
                                    "“Salaries 45%, activities 40%, rent and running costs 15%.” Publish in Arabic "
                                    "and Kurdish, and in English too if your partners read it.</p>",
                                },
                                {
                                    "title": "Publish it with a date",
                                    "body": "<p>Post it on your website or as a pinned post, showing the date and "
                                    "the period it covers. Keep older versions online so people can see how things "
                                    "change over time.</p>",
                                },
                                {
                                    "title": "Explain decisions, not only numbers",
                                    "body": "<p>After an important decision, such as starting a new project or "
                                    "choosing a partner, publish a short note on what you decided and why. Invite "
                                    "questions and answer them politely, even the unfriendly ones.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Registered NGOs in Iraq and the Kurdistan Region already report to the "
                            "authorities that registered them. A simple public version of that information builds "
                            "trust with the people you serve, not only with officials.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Never publish anything that could identify vulnerable beneficiaries, such as "
                            "survivors of violence or displaced families, whether in photos or in lists of names. "
                            "Summarise instead: “120 women took part in training.”</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Your open page",
                            "items": [
                                "Funders are listed with amounts or percentages",
                                "The budget is shown by main category",
                                "The leadership and the way decisions are made are described",
                                "No beneficiary can be identified",
                                "The page shows its date and the period it covers",
                                "People have a clear way to send questions",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Which approach to openness makes most sense for a small NGO?",
                            "choices": [
                                {
                                    "text": "Publish every receipt and each staff member’s salary by name.",
                                    "correct": False,
                                    "explanation": "This goes too far. It exposes private information and can put "
                                    "staff at risk, while adding little that the public needs to know.",
                                },
                                {
                                    "text": "Publish funders, a budget by category, the leadership and key decisions, "
                                    "and update them regularly.",
                                    "correct": True,
                                    "explanation": "This gives people enough to trust you and to see how you work, "
                                    "without exposing private or risky details.",
                                },
                                {
                                    "text": "Publish nothing, because critics will use it against you.",
                                    "correct": False,
                                    "explanation": "Silence usually feeds rumours. Clear, honest information is your "
                                    "best answer to accusations.",
                                },
                                {
                                    "text": "Publish only for funders, and only in English.",
                                    "correct": False,
                                    "explanation": "Your own community is the main audience for transparency. "
                                    "Publish in the languages people there actually read.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Open Government Partnership",
                            "description": "An international partnership of governments and civil society working "
                            "on open government. Its website has examples of transparency commitments and how civil "
                            "society follows them.",
                            "url": "https://www.opengovpartnership.org/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "ابدؤوا بأنفسكم: انشروا موازنتكم ومموّليكم وقراراتكم",
                "summary": (
                    "قبل أن تطالبوا المسؤولين بالانفتاح، اعرضوا مموّليكم ونفقاتكم وقراراتكم في صفحة قصيرة مؤرّخة "
                    "تحمي في الوقت نفسه من تخدمونهم."
                ),
                "body": [
                    (
                        "text",
                        "<p>إذا أردتم من المسؤولين أن يعملوا بانفتاح، فعليكم أولًا أن ترتّبوا بيتكم من الداخل. "
                        "فالمنظمة التي تُخفي مصادر أموالها هدف سهل للهجوم: قد يصفكم بعضهم بأنكم أدوات لجهات أجنبية، "
                        "أو واجهة لحزب، أو مشروع للتكسّب. ونشر المعلومات الأساسية يجيب عن هذه التساؤلات قبل أن "
                        "تُطرح.</p>"
                        "<p>ولا تعني الشفافية نشر كل شيء. فرواتب الموظفين بأسمائهم، وهويات المستفيدين المستضعفين، "
                        "وتفاصيل الأمن، يجب أن تبقى خاصة. إنما تعني أن تنشروا ما يكفي ليرى أي شخص منصف من يموّلكم، "
                        "وكيف تنفقون المال، وكيف تتخذون قراراتكم.</p>"
                        "<p>يمكن لمنظمة صغيرة في أربيل، مثلًا، أن تضيف إلى موقعها أو صفحتها على فيسبوك «صفحة "
                        "مفتوحة» واحدة تحدّثها كل ستة أشهر.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "آخر موازنة لديكم، أو سجل بسيط للإيرادات والنفقات",
                                "قائمة بالجهات المموّلة والمبلغ أو النسبة من كل منها",
                                "معلومات أساسية عن المنظمة: التسجيل، والهيئة الإدارية أو الأعضاء المؤسسون",
                                "موافقة الهيئة الإدارية أو القيادة على النشر",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "قرّروا ما ستنشرونه",
                                    "body": "<p>الحد الأدنى المناسب هو:</p><ul><li>الجهات المموّلة مع المبالغ أو "
                                    "النسب</li><li>الموازنة السنوية موزعة على أبوابها الرئيسة</li><li>أعضاء الهيئة "
                                    "الإدارية أو القيادة، وطريقة اتخاذ القرار</li><li>أبرز الأنشطة "
                                    "ونتائجها</li></ul>",
                                },
                                {
                                    "title": "راجعوا اتفاقيات التمويل",
                                    "body": "<p>معظم المموّلين يرحّبون بذكر أسمائهم، وبعضهم يشترط ذلك، وقلّة منهم "
                                    "تفضّل عدم الظهور. اقرؤوا الاتفاقيات، وتحدّثوا مع أي مموّل قد يعرّض ذكرُ اسمه "
                                    "موظفيكم للخطر. ودوّنوا سبب كل قرار تتخذونه.</p>",
                                },
                                {
                                    "title": "اجعلوها قصيرة وسهلة القراءة",
                                    "body": "<p>استعملوا جدولًا بسيطًا ولغة واضحة، ولا بأس بالأرقام التقريبية: "
                                    "«الرواتب 45%، الأنشطة 40%، الإيجار والمصاريف التشغيلية 15%». وانشروها "
                                    "بالعربية والكردية، وبالإنجليزية أيضًا إن كان شركاؤكم يقرؤونها.</p>",
                                },
                                {
                                    "title": "انشروها مع تاريخها",
                                    "body": "<p>ضعوها على موقعكم أو في منشور مثبّت، مع تاريخ النشر والفترة التي "
                                    "تغطيها. وأبقوا النسخ القديمة متاحة ليرى الناس كيف تتغير الأمور مع الوقت.</p>",
                                },
                                {
                                    "title": "اشرحوا القرارات لا الأرقام وحدها",
                                    "body": "<p>بعد كل قرار مهم، كبدء مشروع جديد أو اختيار شريك، انشروا ملاحظة "
                                    "قصيرة تبيّن ما قررتموه ولماذا. ورحّبوا بالأسئلة وأجيبوا عنها بلباقة، حتى "
                                    "غير الودية منها.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>المنظمات المسجّلة في العراق وإقليم كوردستان تقدّم أصلًا تقارير إلى الجهات "
                            "التي سجّلتها. ونشر نسخة مبسّطة من هذه المعلومات للعامة يبني الثقة مع الناس الذين "
                            "تخدمونهم، لا مع الدوائر الرسمية وحدها.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>لا تنشروا أبدًا ما قد يكشف هوية مستفيدين مستضعفين، كالناجيات من العنف أو "
                            "الأسر النازحة، لا في الصور ولا في قوائم الأسماء. واكتفوا بالأرقام الإجمالية: «شاركت "
                            "120 امرأة في التدريب».</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "صفحتكم المفتوحة",
                            "items": [
                                "الجهات المموّلة مذكورة مع المبالغ أو النسب",
                                "الموازنة معروضة حسب أبوابها الرئيسة",
                                "القيادة وطريقة اتخاذ القرار موصوفتان",
                                "لا يمكن التعرف على أي مستفيد",
                                "الصفحة تحمل تاريخها والفترة التي تغطيها",
                                "للناس طريقة واضحة لإرسال أسئلتهم",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أيّ هذه الطرق في الانفتاح أنسب لمنظمة صغيرة؟",
                            "choices": [
                                {
                                    "text": "نشر كل إيصال، وراتب كل موظف باسمه.",
                                    "correct": False,
                                    "explanation": "هذا مبالغة، فهو يكشف معلومات خاصة وقد يعرّض الموظفين للخطر، "
                                    "ولا يضيف كثيرًا مما يحتاج الجمهور إلى معرفته.",
                                },
                                {
                                    "text": "نشر الجهات المموّلة، والموازنة حسب أبوابها، والقيادة، وأهم القرارات، "
                                    "مع تحديثها بانتظام.",
                                    "correct": True,
                                    "explanation": "هذا يمنح الناس ما يكفي ليثقوا بكم ويفهموا طريقة عملكم، دون كشف "
                                    "تفاصيل خاصة أو خطرة.",
                                },
                                {
                                    "text": "عدم نشر شيء، لأن المنتقدين سيستغلونه ضدنا.",
                                    "correct": False,
                                    "explanation": "الصمت يغذّي الشائعات عادةً، والمعلومة الواضحة الصادقة هي أفضل "
                                    "رد على الاتهامات.",
                                },
                                {
                                    "text": "النشر للمموّلين فقط، وبالإنجليزية وحدها.",
                                    "correct": False,
                                    "explanation": "مجتمعكم هو الجمهور الأول للشفافية، فانشروا باللغات التي يقرؤها "
                                    "الناس هناك فعلًا.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "شراكة الحكومة المفتوحة (Open Government Partnership)",
                            "description": "شراكة دولية بين حكومات ومنظمات مجتمع مدني تعمل على الحكم المنفتح. في "
                            "موقعها أمثلة على التزامات الشفافية وكيف يتابعها المجتمع المدني (بالإنجليزية).",
                            "url": "https://www.opengovpartnership.org/",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "information-requests",
            "minutes": 25,
            "en": {
                "title": "Ask public bodies for information",
                "summary": (
                    "Write a precise, polite request for public information, submit it so you have proof, and "
                    "follow it up until you get an answer or a clear refusal."
                ),
                "body": [
                    (
                        "text",
                        "<p>Much of what you need to hold officials to account already sits in public offices: "
                        "contracts, budgets, project schedules, inspection reports. An access-to-information request "
                        "is a formal, written way to ask for it.</p>"
                        "<p>The legal situation differs from place to place. The Kurdistan Region passed a law on the "
                        "right to access information in 2013, which lets people request information from public "
                        "bodies in the Region, although it is not always applied well in practice. At federal level, a "
                        "draft law has been discussed for years, so check "
                        "its current status before you rely on it. Where no specific law applies, a polite, official "
                        "letter to a directorate still sometimes gets an answer.</p>"
                        "<p>Requests work best when they are narrow and precise. “All documents about electricity” "
                        "will be ignored. “The contract and planned completion date for the new transformer station "
                        "in our district” has a real chance.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "One clear question about a project, a budget line or a decision",
                                "The name of the public body that holds the information",
                                "A way to submit: by hand at the office, by post, or through an official email or "
                                "portal",
                                "A notebook or spreadsheet to track dates and replies",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Check whether the information is already public",
                                    "body": "<p>First search the body’s website and social media pages, the "
                                    "official gazette and local news. If the information is already published, you "
                                    "save time and can ask a sharper follow-up question.</p>",
                                },
                                {
                                    "title": "Write a short, precise request",
                                    "body": "<p>On one page, give your name and contact details, the exact "
                                    "information you want, the period it covers and the format you prefer, such as "
                                    "a copy of the document. Mention the law you rely on, if one applies. Keep the "
                                    "tone polite and neutral.</p>",
                                },
                                {
                                    "title": "Submit it in a way that leaves proof",
                                    "body": "<p>If you hand it in, ask for an incoming registration number and a "
                                    "stamped copy. If you send it, use a method that leaves a record. Photograph "
                                    "the proof and store it safely.</p>",
                                },
                                {
                                    "title": "Track it and follow up",
                                    "body": "<p>Record the date, the office and the person you dealt with. If there "
                                    "is no reply within the period the law sets, or within a month where there is "
                                    "no law, send a polite reminder. Then ask to meet the official in charge.</p>",
                                },
                                {
                                    "title": "Use the answer, or the silence",
                                    "body": "<p>Compare what you receive with what you see on the ground. A refusal "
                                    "or no answer is information too: you can report, factually, that you asked on "
                                    "a certain date and have had no reply.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Ask for documents, not opinions. “The signed contract” or “the payment "
                            "schedule” is easier to hand over and harder to refuse than “an explanation of the "
                            "delays”.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>A request in your own name can draw attention to you. If the topic is "
                            "sensitive, consider submitting it through your organisation, a lawyer or a partner "
                            "journalist, and talk through the risks before you start.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you submit",
                            "items": [
                                "We checked that the information is not already public",
                                "The request asks for specific documents and a specific period",
                                "We know which public body holds the information",
                                "We mention the law that applies, if there is one",
                                "We will get a stamped copy or other proof of submission",
                                "A reminder date is in our calendar",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Which request is most likely to get a useful answer?",
                            "choices": [
                                {
                                    "text": "Please send us all information about corruption in the province.",
                                    "correct": False,
                                    "explanation": "It is far too broad and reads like an accusation. It is easy "
                                    "for officials to ignore.",
                                },
                                {
                                    "text": "Please provide a copy of the contract and the planned completion date "
                                    "for the school building project in our district, signed last year.",
                                    "correct": True,
                                    "explanation": "It is precise, names a document and a period, and is easy to "
                                    "answer. A refusal would also be clear and easy to report.",
                                },
                                {
                                    "text": "Why have you failed our district again?",
                                    "correct": False,
                                    "explanation": "This asks for an opinion and sounds hostile. It may feel good to "
                                    "send, but it rarely produces documents.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Freedom of information laws by country (Wikipedia)",
                            "description": "An overview of access-to-information laws around the world. Use it as a "
                            "starting point and confirm the current legal situation locally.",
                            "url": "https://en.wikipedia.org/wiki/Freedom_of_information_laws_by_country",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "اطلبوا المعلومات من الجهات العامة",
                "summary": (
                    "اكتبوا طلبًا دقيقًا ومهذبًا للحصول على معلومات عامة، وقدّموه بطريقة تحفظ لكم إثباتًا، "
                    "وتابعوه حتى تحصلوا على جواب أو رفض صريح."
                ),
                "body": [
                    (
                        "text",
                        "<p>كثير مما تحتاجونه لمساءلة المسؤولين موجود أصلًا في أدراج الدوائر العامة: العقود، "
                        "والموازنات، وجداول تنفيذ المشاريع، وتقارير التفتيش. وطلب الحصول على المعلومات وسيلة رسمية "
                        "مكتوبة للمطالبة بها.</p>"
                        "<p>ويختلف الوضع القانوني من مكان إلى آخر. فقد أقرّ إقليم كوردستان عام 2013 قانونًا لحق "
                        "الحصول على المعلومات، يتيح للناس طلبها من الجهات العامة في الإقليم، وإن كان تطبيقه الفعلي "
                        "متعثرًا أحيانًا. أما على المستوى "
                        "الاتحادي، فمشروع القانون مطروح للنقاش منذ سنوات، لذا تحقّقوا من وضعه الحالي قبل الاستناد "
                        "إليه. وحتى حيث لا يوجد قانون خاص، قد يأتي الرد أحيانًا على كتاب رسمي مهذب يُوجَّه إلى "
                        "المديرية المعنية.</p>"
                        "<p>وتنجح الطلبات حين تكون ضيقة ودقيقة. فطلب «كل الوثائق المتعلقة بالكهرباء» سيُهمَل، أما "
                        "«عقد محطة التحويل الجديدة في قضائنا وموعد إنجازها المقرر» فله فرصة حقيقية.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "سؤال واحد واضح عن مشروع أو بند في موازنة أو قرار",
                                "اسم الجهة العامة التي تحتفظ بالمعلومة",
                                "طريقة للتقديم: باليد في الدائرة، أو بالبريد، أو عبر بريد إلكتروني أو بوابة رسمية",
                                "دفتر أو جدول بيانات لمتابعة التواريخ والردود",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "تأكدوا أن المعلومة غير منشورة أصلًا",
                                    "body": "<p>ابحثوا أولًا في موقع الجهة وصفحاتها على وسائل التواصل، وفي الجريدة "
                                    "الرسمية، وفي الأخبار المحلية. فإن كانت المعلومة منشورة وفّرتم الوقت، وصار "
                                    "بإمكانكم طرح سؤال متابعة أدق.</p>",
                                },
                                {
                                    "title": "اكتبوا طلبًا قصيرًا ودقيقًا",
                                    "body": "<p>في صفحة واحدة، اذكروا أسماءكم ووسيلة التواصل معكم، والمعلومة "
                                    "المطلوبة بالتحديد، والفترة التي تغطيها، والصيغة التي تفضّلونها كنسخة من "
                                    "الوثيقة. واذكروا القانون الذي تستندون إليه إن وُجد، والتزموا لغة مهذبة "
                                    "ومحايدة.</p>",
                                },
                                {
                                    "title": "قدّموه بطريقة تترك إثباتًا",
                                    "body": "<p>إن سلّمتموه باليد فاطلبوا رقم الوارد ونسخة مختومة. وإن أرسلتموه "
                                    "فاختاروا وسيلة تترك سجلًا. صوّروا الإثبات واحفظوه في مكان آمن.</p>",
                                },
                                {
                                    "title": "تابعوا الطلب",
                                    "body": "<p>سجّلوا التاريخ والدائرة واسم الموظف الذي تعاملتم معه. فإن لم يصل "
                                    "رد خلال المدة التي يحددها القانون، أو خلال شهر حيث لا قانون، فأرسلوا تذكيرًا "
                                    "مهذبًا، ثم اطلبوا لقاء المسؤول المعني.</p>",
                                },
                                {
                                    "title": "استفيدوا من الجواب، أو من الصمت",
                                    "body": "<p>قارنوا ما تتلقونه بما ترونه على أرض الواقع. والرفض أو عدم الرد "
                                    "معلومة أيضًا، إذ يمكنكم أن تذكروا بدقة أنكم طلبتم المعلومات في تاريخ معين ولم "
                                    "يصلكم أي رد.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اطلبوا وثائق لا آراء. فـ«العقد الموقّع» أو «جدول الدفعات» أسهل تسليمًا "
                            "وأصعب رفضًا من «توضيح أسباب التأخير».</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>قد يلفت الطلب المقدَّم باسمكم الشخصي الأنظار إليكم. فإن كان الموضوع "
                            "حساسًا، ففكّروا في تقديمه باسم منظمتكم أو عبر محامٍ أو صحفي شريك، وناقشوا المخاطر قبل "
                            "البدء.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل التقديم",
                            "items": [
                                "تأكدنا أن المعلومة غير منشورة أصلًا",
                                "الطلب يحدد وثائق بعينها وفترة بعينها",
                                "نعرف الجهة العامة التي تحتفظ بالمعلومة",
                                "ذكرنا القانون النافذ إن وُجد",
                                "سنحصل على نسخة مختومة أو إثبات آخر للتقديم",
                                "سجّلنا موعد التذكير في تقويمنا",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أيّ هذه الطلبات أقرب إلى الحصول على جواب مفيد؟",
                            "choices": [
                                {
                                    "text": "يرجى تزويدنا بكل المعلومات عن الفساد في المحافظة.",
                                    "correct": False,
                                    "explanation": "طلب واسع جدًا ويبدو كأنه اتهام، ومن السهل على المسؤولين تجاهله.",
                                },
                                {
                                    "text": "يرجى تزويدنا بنسخة من عقد مشروع بناء المدرسة في قضائنا، الموقّع في "
                                    "العام الماضي، وموعد إنجازه المقرر.",
                                    "correct": True,
                                    "explanation": "طلب دقيق يحدد وثيقة وفترة، ويسهل الرد عليه. وإن رُفض فسيكون "
                                    "الرفض واضحًا ويسهل ذكره.",
                                },
                                {
                                    "text": "لماذا خذلتم قضاءنا مرة أخرى؟",
                                    "correct": False,
                                    "explanation": "هذا سؤال عن رأي وبنبرة عدائية. قد يريح كاتبه، لكنه نادرًا ما "
                                    "يأتي بوثائق.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "قوانين حرية المعلومات حول العالم (ويكيبيديا، بالإنجليزية)",
                            "description": "لمحة عامة عن قوانين الحصول على المعلومات في دول العالم. اتخذوها نقطة "
                            "بداية، وتحققوا محليًا من الوضع القانوني الحالي.",
                            "url": "https://en.wikipedia.org/wiki/Freedom_of_information_laws_by_country",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "follow-the-money",
            "minutes": 30,
            "en": {
                "title": "Follow public budgets, tenders and promises",
                "summary": (
                    "Pick one project, collect its paper trail from budget to tender to contract, record officials’ "
                    "promises word for word and check regularly what happens on the ground."
                ),
                "body": [
                    (
                        "text",
                        "<p>Public money leaves traces. Budgets are approved and published, projects are announced "
                        "through tenders, contracts are signed, and officials make promises on television and social "
                        "media. Monitoring means collecting these traces over time and comparing them with what "
                        "happens in the street.</p>"
                        "<p>You do not need to understand the whole federal budget. Start with one thing your "
                        "community cares about: a road, a school, a health centre, a water project. Follow it from "
                        "the announcement to the opening ceremony, or to the empty site.</p>"
                        "<p>For example, a youth group in Nasiriyah could follow a promised health centre: the amount "
                        "in the provincial plan, the tender announcement, the company that won, the start date, and "
                        "the progress visible from the street each month.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A spreadsheet with columns for project, source, date, amount, promise and status",
                                "Links to, or copies of, budget documents, tender announcements and official "
                                "statements",
                                "A phone camera for dated photos of the site",
                                "Two or three volunteers who can visit and record regularly",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Pick one project and find its paper trail",
                                    "body": "<p>Search the websites and pages of the ministry, the governorate and "
                                    "the directorate for plans, tender announcements and award notices. Save each "
                                    "document with the date you found it, because pages change or disappear.</p>",
                                },
                                {
                                    "title": "Record every promise",
                                    "body": "<p>When an official announces a date or an amount, note who said it, "
                                    "exactly what they promised, when and where, with a link or screenshot. Quote "
                                    "them word for word.</p>",
                                },
                                {
                                    "title": "Build a simple tracker",
                                    "body": "<p>Use one row per promise or project, with these columns:</p><ul><li>"
                                    "What was promised, by whom and when</li><li>Source: link, screenshot or "
                                    "document</li><li>Budget or contract amount</li><li>Deadline</li><li>Status: not "
                                    "started, in progress, done or stalled</li></ul>",
                                },
                                {
                                    "title": "Check on the ground",
                                    "body": "<p>Visit the site regularly, for example once a month, and stay in "
                                    "public places. Take photos that show landmarks, and note the date and what you "
                                    "saw. Do not enter closed sites or argue with guards.</p>",
                                },
                                {
                                    "title": "Share your findings fairly and regularly",
                                    "body": "<p>Publish a short update, such as a monthly summary: “3 promises kept, "
                                    "2 in progress, 4 stalled.” Stick to facts you can show, and say clearly where "
                                    "information is missing.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Treat officials the same whatever their party or group. A tracker that only "
                            "follows one side’s officials looks political, and it quickly loses the trust you "
                            "need.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Screenshots and downloaded files are your archive. Websites change, posts are "
                            "deleted and announcements are edited. Save a copy on the day you see it, and consider "
                            "saving public pages to the Internet Archive’s Wayback Machine as well.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Your monitoring routine",
                            "items": [
                                "We follow one project or a small set of promises, not everything",
                                "Each promise has a source, a date and the exact words",
                                "Documents and screenshots are saved with the date we found them",
                                "Site visits are regular, dated and stay in public places",
                                "We treat officials of all parties the same way",
                                "Our updates keep facts separate from opinions",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A governor promised on television that a bridge would open ‘before the "
                            "summer’. What should go in your tracker?",
                            "choices": [
                                {
                                    "text": "A note saying the governor lied about the bridge.",
                                    "correct": False,
                                    "explanation": "That is a conclusion, not a record, and it could be defamatory "
                                    "if the bridge is simply late. Record the facts first.",
                                },
                                {
                                    "text": "Who said it, the exact words, the date, the channel, a link or "
                                    "recording, and the current status.",
                                    "correct": True,
                                    "explanation": "Anyone can check this record, and it shows clearly whether the "
                                    "promise was kept.",
                                },
                                {
                                    "text": "Only the date on which the bridge actually opens.",
                                    "correct": False,
                                    "explanation": "Without the original promise and its source, you cannot show "
                                    "that a deadline was missed.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Internet Archive: Wayback Machine",
                            "description": "Save a copy of a public web page, such as a tender announcement or an "
                            "official statement, so you can still show it if it is later changed or deleted.",
                            "url": "https://web.archive.org/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "تتبّعوا الموازنات العامة والمناقصات والوعود",
                "summary": (
                    "اختاروا مشروعًا واحدًا، واجمعوا أوراقه من الموازنة إلى المناقصة إلى العقد، وسجّلوا وعود المسؤولين "
                    "بحرفيتها، وتحققوا بانتظام مما يجري على الأرض."
                ),
                "body": [
                    (
                        "text",
                        "<p>المال العام يترك أثرًا. فالموازنات تُقَرّ وتُنشر، والمشاريع تُعلن عبر المناقصات، والعقود "
                        "توقَّع، والمسؤولون يطلقون الوعود على شاشات التلفزيون ومواقع التواصل. والرصد يعني جمع هذه "
                        "الآثار مع الوقت ومقارنتها بما يحدث في الشارع.</p>"
                        "<p>لا تحتاجون إلى فهم الموازنة الاتحادية كلها. ابدؤوا بشيء واحد يهم مجتمعكم: طريق، أو "
                        "مدرسة، أو مركز صحي، أو مشروع ماء. وتتبّعوه من لحظة الإعلان حتى حفل الافتتاح، أو حتى الموقع "
                        "المهجور.</p>"
                        "<p>يمكن لمجموعة شبابية في الناصرية، مثلًا، أن تتابع مركزًا صحيًا موعودًا: المبلغ المرصود له "
                        "في خطة المحافظة، وإعلان المناقصة، والشركة التي رست عليها، وموعد المباشرة، ومدى التقدم الذي "
                        "يُرى من الشارع كل شهر.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "جدول بيانات فيه أعمدة للمشروع والمصدر والتاريخ والمبلغ والوعد والحالة",
                                "روابط أو نسخ من وثائق الموازنة وإعلانات المناقصات والتصريحات الرسمية",
                                "كاميرا الهاتف لالتقاط صور مؤرّخة للموقع",
                                "متطوعان أو ثلاثة يزورون الموقع ويسجّلون ما يرونه بانتظام",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اختاروا مشروعًا واحدًا وابحثوا عن أوراقه",
                                    "body": "<p>ابحثوا في مواقع الوزارة والمحافظة والمديرية وصفحاتها عن الخطط "
                                    "وإعلانات المناقصات وقرارات الإحالة. واحفظوا كل وثيقة مع تاريخ عثوركم عليها، "
                                    "لأن الصفحات تتغير أو تختفي.</p>",
                                },
                                {
                                    "title": "سجّلوا كل وعد",
                                    "body": "<p>حين يعلن مسؤول موعدًا أو مبلغًا، دوّنوا من قاله، وماذا وعد بالضبط، "
                                    "ومتى، وأين، مع رابط أو لقطة شاشة. وانقلوا كلامه بحرفيته.</p>",
                                },
                                {
                                    "title": "أنشئوا جدول متابعة بسيطًا",
                                    "body": "<p>خصّصوا صفًا لكل وعد أو مشروع، مع هذه الأعمدة:</p><ul><li>ما الذي "
                                    "وُعد به، ومن وعد، ومتى</li><li>المصدر: رابط أو لقطة شاشة أو وثيقة</li><li>مبلغ "
                                    "الموازنة أو العقد</li><li>الموعد النهائي</li><li>الحالة: لم يبدأ، قيد التنفيذ، "
                                    "أُنجز، متوقف</li></ul>",
                                },
                                {
                                    "title": "تحققوا على الأرض",
                                    "body": "<p>زوروا الموقع بانتظام، مرة في الشهر مثلًا، وابقوا في الأماكن العامة. "
                                    "التقطوا صورًا تظهر فيها معالم المكان، ودوّنوا التاريخ وما رأيتموه. ولا تدخلوا "
                                    "المواقع المغلقة ولا تتجادلوا مع الحراس.</p>",
                                },
                                {
                                    "title": "انشروا النتائج بإنصاف وانتظام",
                                    "body": "<p>انشروا تحديثًا قصيرًا، كملخص شهري: «3 وعود نُفّذت، 2 قيد التنفيذ، "
                                    "4 متوقفة». والتزموا بالوقائع التي يمكنكم إثباتها، وبيّنوا بوضوح أين تنقص "
                                    "المعلومات.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>عاملوا المسؤولين بالمعيار نفسه أيًّا كان حزبهم أو انتماؤهم. فجدول المتابعة "
                            "الذي يلاحق مسؤولي طرف واحد يبدو عملًا سياسيًا، ويفقد سريعًا الثقة التي تحتاجونها.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>لقطات الشاشة والملفات المحمّلة هي أرشيفكم. فالمواقع تتغير، والمنشورات "
                            "تُحذف، والإعلانات تُعدَّل. احفظوا نسخة في اليوم الذي ترونها فيه، وفكّروا أيضًا في حفظ "
                            "الصفحات العامة في أرشيف الإنترنت (Wayback Machine).</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "روتين الرصد لديكم",
                            "items": [
                                "نتابع مشروعًا واحدًا أو عددًا قليلًا من الوعود، لا كل شيء",
                                "لكل وعد مصدر وتاريخ ونص حرفي",
                                "الوثائق ولقطات الشاشة محفوظة مع تاريخ العثور عليها",
                                "الزيارات الميدانية منتظمة ومؤرّخة وتبقى في الأماكن العامة",
                                "نعامل مسؤولي كل الأحزاب بالطريقة نفسها",
                                "تحديثاتنا تفصل الوقائع عن الآراء",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "وعد محافظ على شاشة التلفزيون بافتتاح جسر «قبل الصيف». ماذا تدوّنون في "
                            "جدول المتابعة؟",
                            "choices": [
                                {
                                    "text": "ملاحظة تقول إن المحافظ كذب بشأن الجسر.",
                                    "correct": False,
                                    "explanation": "هذا استنتاج لا تسجيل، وقد يُعدّ قذفًا إن كان الجسر متأخرًا "
                                    "فحسب. سجّلوا الوقائع أولًا.",
                                },
                                {
                                    "text": "من قال الوعد، ونصّه الحرفي، وتاريخه، والقناة، ورابطًا أو تسجيلًا، "
                                    "والحالة الراهنة.",
                                    "correct": True,
                                    "explanation": "يستطيع أي شخص التحقق من هذا السجل، وهو يبيّن بوضوح هل نُفّذ "
                                    "الوعد أم لا.",
                                },
                                {
                                    "text": "تاريخ افتتاح الجسر الفعلي فقط.",
                                    "correct": False,
                                    "explanation": "من دون الوعد الأصلي ومصدره لا يمكنكم إثبات أن الموعد قد فات.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "أرشيف الإنترنت: Wayback Machine",
                            "description": "احفظوا نسخة من صفحة ويب عامة، كإعلان مناقصة أو تصريح رسمي، لتتمكنوا "
                            "من إظهارها لاحقًا إن عُدّلت أو حُذفت.",
                            "url": "https://web.archive.org/",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "evidence-and-publishing",
            "minutes": 30,
            "en": {
                "title": "Document evidence, protect sources and publish safely",
                "summary": (
                    "Keep original evidence intact, verify it before you publish, protect the people who trusted "
                    "you, give a right of reply and word your findings to reduce legal risk."
                ),
                "body": [
                    (
                        "text",
                        "<p>Accountability work is only as strong as its weakest piece of evidence. One wrong name, "
                        "one photo from another city or one exaggerated figure can destroy years of credibility and "
                        "give officials an easy way to dismiss everything else you say.</p>"
                        "<p>It can also put people in danger. An employee inside a directorate, a contractor’s worker "
                        "or a resident who talks to you may face dismissal, threats or worse if they are identified. "
                        "And in Iraq, defamation and insult can be treated as criminal offences, not only as civil "
                        "disputes, so the way you word a publication matters too.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A phone with the correct date and time set",
                                "A safe place for files, such as an encrypted phone with a screen lock and an "
                                "encrypted backup",
                                "Signal, with disappearing messages turned on for sensitive chats",
                                "A lawyer or legal aid organisation you can ask before publishing",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Keep originals and write notes straight away",
                                    "body": "<p>Keep the original photo, video, audio or document and never edit it; "
                                    "work on copies. Note at once the date, time and place, who collected it and "
                                    "how. These notes make your evidence believable later.</p>",
                                },
                                {
                                    "title": "Verify before you publish",
                                    "body": "<p>Look for at least two independent sources for every key fact. Check "
                                    "documents for signs of forgery, compare photos with the real location, and ask "
                                    "an expert about technical claims, such as whether a pipe meets the "
                                    "specification.</p>",
                                },
                                {
                                    "title": "Protect your sources",
                                    "body": "<p>Ask each source what they are comfortable with, and agree how you "
                                    "will use their information. Use codes instead of names in shared files. Remove "
                                    "location and device data from files, and hide faces and voices where "
                                    "needed.</p>",
                                },
                                {
                                    "title": "Give a right of reply",
                                    "body": "<p>Before publishing, send the official or company a short list of the "
                                    "facts you will publish and ask for a response by a clear date. Include their "
                                    "answer fairly. This is good practice, and it also lowers your legal risk.</p>",
                                },
                                {
                                    "title": "Word it carefully and get a legal check",
                                    "body": "<p>Write what you can show: “The contract set completion for March. On "
                                    "10 June the site was empty.” Avoid labels such as “thief” or “corrupt” unless a "
                                    "court has ruled. Ask a lawyer to read sensitive pieces before they go out.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Never publish a document that only a handful of people could have leaked. "
                            "Even with names removed, officials may work out who gave it to you. Describe the content "
                            "in your own words instead, or find the same fact from another source.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Phone photos often carry the exact GPS location where they were taken. Turn "
                            "off location for your camera app, or remove it before sharing. Signal also strips most "
                            "of this hidden data from the images you send.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you publish",
                            "items": [
                                "Original files are kept unedited, with notes on date, place and source",
                                "Every key fact has at least two independent sources",
                                "Sources agreed to how their information is used",
                                "No name, face, voice or file data can identify a source",
                                "The official or company had a fair chance to respond",
                                "The wording sticks to provable facts, and a lawyer has checked it",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A contractor’s worker sends you a photo of what looks like a faked "
                            "inspection report. What is the best first step?",
                            "choices": [
                                {
                                    "text": "Publish the photo at once, before it gets deleted.",
                                    "correct": False,
                                    "explanation": "Rushing can expose your source, and you may spread a fake if the "
                                    "report is not what it seems. Protect and verify first.",
                                },
                                {
                                    "text": "Keep the original, ask the worker what they agree to, and verify the "
                                    "report before deciding what to publish.",
                                    "correct": True,
                                    "explanation": "This protects the person who trusted you and makes sure your "
                                    "evidence is solid before anyone sees it.",
                                },
                                {
                                    "text": "Forward it to a large WhatsApp group and ask whether anyone knows more.",
                                    "correct": False,
                                    "explanation": "You lose control of it immediately, and the worker could be "
                                    "identified from the photo or the timing.",
                                },
                                {
                                    "text": "Call the contractor and tell them who sent it, so they can explain.",
                                    "correct": False,
                                    "explanation": "A right of reply never means revealing your source. Ask for "
                                    "their response to the facts, not to the person.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "وثّقوا الأدلة واحموا المصادر وانشروا بأمان",
                "summary": (
                    "احفظوا الأدلة الأصلية سليمة، وتحققوا منها قبل النشر، واحموا من وثقوا بكم، وامنحوا حق الرد، "
                    "وصوغوا نتائجكم بطريقة تقلل المخاطر القانونية."
                ),
                "body": [
                    (
                        "text",
                        "<p>قوة عمل المساءلة من قوة أضعف دليل فيه. فاسم خاطئ واحد، أو صورة من مدينة أخرى، أو رقم "
                        "مبالغ فيه، قد يهدم مصداقية سنوات، ويمنح المسؤولين ذريعة سهلة لرفض كل ما تقولونه بعد "
                        "ذلك.</p>"
                        "<p>وقد يعرّض الناس للخطر أيضًا. فالموظف داخل المديرية، أو العامل لدى المقاول، أو الساكن "
                        "الذي يتحدث إليكم، قد يواجه الفصل أو التهديد أو ما هو أسوأ إن كُشفت هويته. ثم إن القذف والسب "
                        "قد يُعاملان في العراق جريمتين جزائيتين لا مجرد نزاع مدني، لذا فطريقة صياغة ما تنشرونه "
                        "مهمة أيضًا.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هاتف مضبوط على التاريخ والوقت الصحيحين",
                                "مكان آمن للملفات، كهاتف مشفّر بقفل شاشة ونسخة احتياطية مشفّرة",
                                "تطبيق Signal مع تفعيل الرسائل ذاتية الاختفاء في المحادثات الحساسة",
                                "محامٍ أو جهة مساعدة قانونية تستشيرونها قبل النشر",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "احفظوا الأصول ودوّنوا الملاحظات فورًا",
                                    "body": "<p>احتفظوا بالصورة أو الفيديو أو التسجيل أو الوثيقة الأصلية دون أي "
                                    "تعديل، واعملوا على نسخ منها. ودوّنوا فورًا التاريخ والوقت والمكان، ومن جمع "
                                    "الدليل وكيف. فهذه الملاحظات هي ما يجعل دليلكم مقنعًا لاحقًا.</p>",
                                },
                                {
                                    "title": "تحققوا قبل النشر",
                                    "body": "<p>ابحثوا عن مصدرين مستقلين على الأقل لكل واقعة أساسية. افحصوا "
                                    "الوثائق بحثًا عن علامات التزوير، وقارنوا الصور بالمكان الحقيقي، واسألوا "
                                    "مختصًا عن الادعاءات الفنية، كمطابقة الأنابيب للمواصفات.</p>",
                                },
                                {
                                    "title": "احموا مصادركم",
                                    "body": "<p>اسألوا كل مصدر عمّا يرتاح إليه، واتفقوا معه على طريقة استعمال "
                                    "معلوماته. استعملوا رموزًا بدل الأسماء في الملفات المشتركة، واحذفوا بيانات "
                                    "الموقع والجهاز من الملفات، وموّهوا الوجوه والأصوات عند الحاجة.</p>",
                                },
                                {
                                    "title": "امنحوا حق الرد",
                                    "body": "<p>قبل النشر، أرسلوا إلى المسؤول أو الشركة قائمة قصيرة بالوقائع التي "
                                    "ستنشرونها، واطلبوا ردهم في موعد واضح، ثم انشروا ردهم بإنصاف. هذه ممارسة مهنية "
                                    "سليمة، وتخفف عنكم المخاطر القانونية أيضًا.</p>",
                                },
                                {
                                    "title": "اختاروا ألفاظكم بعناية واستشيروا قانونيًا",
                                    "body": "<p>اكتبوا ما تستطيعون إثباته: «حدّد العقد موعد الإنجاز في آذار، وفي 10 "
                                    "حزيران كان الموقع خاليًا». وتجنبوا أوصافًا مثل «لص» أو «فاسد» ما لم يصدر حكم "
                                    "قضائي. واطلبوا من محامٍ مراجعة المواد الحساسة قبل نشرها.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>لا تنشروا أبدًا وثيقة لا يمكن أن يسرّبها إلا عدد قليل من الأشخاص. فحتى بعد "
                            "حذف الأسماء قد يستنتج المسؤولون من أعطاكم إياها. صِفوا مضمونها بكلماتكم، أو ابحثوا عن "
                            "الواقعة نفسها من مصدر آخر.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>صور الهاتف تحمل في الغالب الموقع الدقيق الذي التُقطت فيه. أوقفوا خدمة "
                            "الموقع لتطبيق الكاميرا، أو احذفوا هذه البيانات قبل المشاركة. كما أن Signal يزيل معظم "
                            "هذه البيانات المخفية من الصور التي ترسلونها.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل النشر",
                            "items": [
                                "الملفات الأصلية محفوظة دون تعديل، مع ملاحظات عن التاريخ والمكان والمصدر",
                                "لكل واقعة أساسية مصدران مستقلان على الأقل",
                                "وافقت المصادر على طريقة استعمال معلوماتها",
                                "لا اسم ولا وجه ولا صوت ولا بيانات ملف تكشف أي مصدر",
                                "أُتيحت للمسؤول أو الشركة فرصة عادلة للرد",
                                "الصياغة تلتزم بالوقائع القابلة للإثبات، وراجعها محامٍ",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أرسل إليكم عامل لدى مقاول صورة لما يبدو أنه تقرير فحص مزوّر. ما أفضل خطوة "
                            "أولى؟",
                            "choices": [
                                {
                                    "text": "ننشر الصورة فورًا قبل أن تُحذف.",
                                    "correct": False,
                                    "explanation": "التسرّع قد يكشف مصدركم، وقد تنشرون تزويرًا إن لم يكن التقرير "
                                    "كما يبدو. احموا المصدر وتحققوا أولًا.",
                                },
                                {
                                    "text": "نحتفظ بالأصل، ونسأل العامل عمّا يوافق عليه، ونتحقق من التقرير قبل أن "
                                    "نقرر ما ننشره.",
                                    "correct": True,
                                    "explanation": "هكذا تحمون الشخص الذي وثق بكم، وتتأكدون من متانة دليلكم قبل أن "
                                    "يراه أحد.",
                                },
                                {
                                    "text": "نعيد إرسالها إلى مجموعة واتساب كبيرة ونسأل إن كان أحد يعرف المزيد.",
                                    "correct": False,
                                    "explanation": "تفقدون السيطرة عليها فورًا، وقد يُعرف العامل من الصورة أو من "
                                    "توقيت انتشارها.",
                                },
                                {
                                    "text": "نتصل بالمقاول ونخبره بمن أرسلها كي يوضّح موقفه.",
                                    "correct": False,
                                    "explanation": "حق الرد لا يعني أبدًا كشف المصدر. اطلبوا ردّه على الوقائع، لا "
                                    "على الشخص.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    ],
}
