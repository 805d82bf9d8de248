"""Starter module: Staying connected through internet shutdowns."""

MODULE = {
    "slug": "shutdowns",
    "level": "intermediate",
    "topics": ["resilience"],
    "tags": {
        "en": ["internet shutdowns", "digital safety", "circumvention", "preparedness"],
        "ar": ["قطع الإنترنت", "السلامة الرقمية", "تجاوز الحجب", "الاستعداد"],
    },
    "en": {
        "title": "Staying connected through internet shutdowns",
        "summary": (
            "Prepare your team before the connection goes, agree fallback channels and a phone tree, use offline "
            "and circumvention tools with care, and document shutdowns so that advocates can challenge them."
        ),
        "audience": (
            "NGO teams, volunteer networks, journalists and community groups in Iraq and the Kurdistan Region who "
            "need to keep working, and keep people safe, when the internet is cut or restricted."
        ),
        "outcomes": [
            "Prepare devices, documents, maps and power before a shutdown.",
            "Set up fallback channels and a phone tree that work with SMS and voice calls.",
            "Tell a total shutdown from censorship and choose offline or circumvention tools accordingly.",
            "Weigh the legal and safety risks of circumvention tools before using them.",
            "Document a shutdown clearly so that advocacy groups can use your records.",
        ],
    },
    "ar": {
        "title": "البقاء على تواصل خلال قطع الإنترنت",
        "summary": (
            "جهّزوا فريقكم قبل انقطاع الاتصال، واتفقوا على قنوات بديلة وشجرة اتصال، واستعملوا أدوات العمل دون "
            "إنترنت وأدوات تجاوز الحجب بحذر، ووثّقوا حالات القطع ليتمكن المدافعون عن الحقوق من الطعن فيها."
        ),
        "audience": (
            "فرق المنظمات غير الحكومية وشبكات المتطوعين والصحفيون والمجموعات المحلية في العراق وإقليم كوردستان، ممن "
            "يحتاجون إلى مواصلة عملهم وحماية الناس حين يُقطع الإنترنت أو يُقيَّد."
        ),
        "outcomes": [
            "تجهيز الأجهزة والوثائق والخرائط ومصادر الطاقة قبل قطع الإنترنت.",
            "إعداد قنوات بديلة وشجرة اتصال تعمل بالرسائل النصية والمكالمات الصوتية.",
            "التمييز بين القطع الكامل والحجب، واختيار أدوات العمل دون إنترنت أو أدوات تجاوز الحجب تبعًا لذلك.",
            "الموازنة بين فوائد أدوات تجاوز الحجب ومخاطرها القانونية والأمنية قبل استعمالها.",
            "توثيق حالة القطع بوضوح بحيث تستفيد مجموعات المناصرة من سجلاتكم.",
        ],
    },
    "lessons": [
        {
            "slug": "prepare-before-the-cut",
            "minutes": 25,
            "en": {
                "title": "Prepare before the connection goes",
                "summary": (
                    "Download maps and documents, install and test apps, write down key numbers and charge your "
                    "power banks while the internet still works."
                ),
                "body": [
                    (
                        "text",
                        "<p>Internet shutdowns rarely come with a warning, but they are often predictable. In recent "
                        "years, internet access in Iraq has been cut for hours on the mornings of national exams, and "
                        "it has also been cut or slowed at times of unrest. The pattern changes from year to year, so "
                        "follow official announcements and local news.</p>"
                        "<p>The time to prepare is before the cut. Once the connection is gone, you cannot download a "
                        "map, look up a phone number or install an app. A little preparation means your team can keep "
                        "working, find each other and stay safe.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your phone and, if possible, a second basic phone",
                                "A power bank, charging cables and, if you can afford it, a small solar charger",
                                "Paper and a pen",
                                "About one hour with a working internet connection",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Download what you will need offline",
                                    "body": "<p>Save offline maps of your city and the routes you use, in Google "
                                    "Maps or in the free, open-source app Organic Maps. Download key documents, such "
                                    "as project plans, contact lists and safety protocols, and print the most "
                                    "important ones.</p>",
                                },
                                {
                                    "title": "Install and test apps in advance",
                                    "body": "<p>Install now any app you may need later, such as Briar for offline "
                                    "messaging or Psiphon for blocked websites. App stores will not work during a "
                                    "shutdown. Make sure everyone on the team has practised using them.</p>",
                                },
                                {
                                    "title": "Write key numbers on paper",
                                    "body": "<p>Phones break, get lost or run out of battery. Keep a short paper list "
                                    "of key numbers: team members, family, a doctor, a lawyer. Store it discreetly, "
                                    "and leave out anything that would put someone at risk if the list were "
                                    "found.</p>",
                                },
                                {
                                    "title": "Prepare power",
                                    "body": "<p>Keep power banks charged, especially before exam seasons and "
                                    "announced events. Learn to use your phone’s battery saver mode, lower the "
                                    "screen brightness and close apps you do not need. With frequent power cuts in "
                                    "summer, this matters even when the internet works.</p>",
                                },
                                {
                                    "title": "Agree what everyone should do",
                                    "body": "<p>Decide together: if the internet goes down, who contacts whom, where "
                                    "do we meet, and which work pauses? Write it on one page and share it while the "
                                    "internet still works.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Check the national exam timetable for your area each year, and plan "
                            "important online work, such as uploads, online trainings or report deadlines, away from "
                            "those mornings.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Offline map areas and downloaded documents go out of date. Open them now and "
                            "then while you are online so they refresh, and update your printed contact list when "
                            "numbers change.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Ready for a shutdown",
                            "items": [
                                "Offline maps of our area are downloaded",
                                "Key documents are on our phones, and the most important are printed",
                                "The apps we need are installed and tested",
                                "Key phone numbers are written on paper and stored discreetly",
                                "Power banks are charged",
                                "Everyone has the one-page plan",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "When is the best time to install an offline messaging app such as Briar?",
                            "choices": [
                                {
                                    "text": "As soon as the internet is cut.",
                                    "correct": False,
                                    "explanation": "During a shutdown you usually cannot reach app stores or "
                                    "download anything. By then it is too late.",
                                },
                                {
                                    "text": "Now, while the internet works, and then test it with your team.",
                                    "correct": True,
                                    "explanation": "Installing and practising in advance is the only way to be sure "
                                    "the app works when you need it.",
                                },
                                {
                                    "text": "Only once a shutdown has been officially announced.",
                                    "correct": False,
                                    "explanation": "Shutdowns are often not announced in advance. Waiting for an "
                                    "announcement leaves you unprepared.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Organic Maps",
                            "description": "A free, open-source offline map app for Android and iPhone, based on "
                            "OpenStreetMap. Download your region once and navigate without internet.",
                            "url": "https://organicmaps.app/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "استعدّوا قبل انقطاع الاتصال",
                "summary": (
                    "حمّلوا الخرائط والوثائق، وثبّتوا التطبيقات وجرّبوها، ودوّنوا الأرقام المهمة، واشحنوا الشواحن "
                    "المتنقلة ما دام الإنترنت يعمل."
                ),
                "body": [
                    (
                        "text",
                        "<p>نادرًا ما يأتي قطع الإنترنت بإنذار مسبق، لكنه كثيرًا ما يكون متوقعًا. ففي السنوات "
                        "الأخيرة قُطع الإنترنت في العراق لساعات في صباحات الامتحانات الوزارية، وقُطع أو أُبطئ أيضًا "
                        "في أوقات الاضطرابات. ويتغير هذا النمط من عام إلى آخر، فتابعوا الإعلانات الرسمية والأخبار "
                        "المحلية.</p>"
                        "<p>ووقت الاستعداد هو ما قبل القطع. فحين ينقطع الاتصال لا يمكنكم تحميل خريطة، ولا البحث عن "
                        "رقم هاتف، ولا تثبيت تطبيق. وقليل من الاستعداد يعني أن فريقكم يستطيع مواصلة العمل، والوصول "
                        "بعضه إلى بعض، والبقاء في أمان.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هاتفكم، وهاتف بسيط ثانٍ إن أمكن",
                                "شاحن متنقل وأسلاك شحن، وشاحن شمسي صغير إن استطعتم",
                                "ورقة وقلم",
                                "ساعة تقريبًا مع اتصال إنترنت يعمل",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "حمّلوا ما ستحتاجونه دون إنترنت",
                                    "body": "<p>احفظوا خرائط مدينتكم والطرق التي تسلكونها للاستعمال دون اتصال، في "
                                    "خرائط Google أو في تطبيق Organic Maps المجاني مفتوح المصدر. وحمّلوا الوثائق "
                                    "المهمة، كخطط المشاريع وقوائم الاتصال وبروتوكولات السلامة، واطبعوا أهمها.</p>",
                                },
                                {
                                    "title": "ثبّتوا التطبيقات وجرّبوها مسبقًا",
                                    "body": "<p>ثبّتوا الآن أي تطبيق قد تحتاجونه لاحقًا، مثل Briar للمراسلة دون "
                                    "إنترنت أو Psiphon للمواقع المحجوبة، فمتاجر التطبيقات لن تعمل أثناء القطع. "
                                    "وتأكدوا أن كل أعضاء الفريق تدرّبوا على استعمالها.</p>",
                                },
                                {
                                    "title": "اكتبوا الأرقام المهمة على الورق",
                                    "body": "<p>الهواتف تتعطل وتضيع وتنفد بطارياتها. احتفظوا بقائمة ورقية قصيرة "
                                    "بالأرقام المهمة: أعضاء الفريق، والأسرة، وطبيب، ومحامٍ. احفظوها في مكان غير "
                                    "لافت، واستبعدوا منها كل ما قد يعرّض أحدًا للخطر لو عُثر عليها.</p>",
                                },
                                {
                                    "title": "جهّزوا الطاقة",
                                    "body": "<p>أبقوا الشواحن المتنقلة مشحونة، ولا سيما قبل مواسم الامتحانات "
                                    "والأحداث المعلنة. وتعلّموا استعمال وضع توفير البطارية، وخفض سطوع الشاشة، "
                                    "وإغلاق التطبيقات غير الضرورية. ومع كثرة انقطاع الكهرباء صيفًا، يبقى هذا مهمًا "
                                    "حتى حين يعمل الإنترنت.</p>",
                                },
                                {
                                    "title": "اتفقوا على ما يفعله كل شخص",
                                    "body": "<p>قرّروا معًا: إذا انقطع الإنترنت، من يتصل بمن؟ وأين نلتقي؟ وأي عمل "
                                    "يتوقف؟ واكتبوا ذلك في صفحة واحدة وشاركوها ما دام الإنترنت يعمل.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اطّلعوا على جدول الامتحانات الوزارية في منطقتكم كل عام، وخطّطوا للأعمال "
                            "المهمة عبر الإنترنت، كرفع الملفات والتدريبات الإلكترونية ومواعيد تسليم التقارير، بعيدًا "
                            "عن تلك الصباحات.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>الخرائط المحمّلة والوثائق تتقادم. افتحوها بين حين وآخر وأنتم متصلون كي "
                            "تتحدّث، وحدّثوا قائمة الأرقام الورقية كلما تغيّر رقم.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "جاهزون لقطع الإنترنت",
                            "items": [
                                "حمّلنا خرائط منطقتنا للاستعمال دون اتصال",
                                "الوثائق المهمة على هواتفنا، وأهمها مطبوع",
                                "التطبيقات التي نحتاجها مثبّتة ومجرَّبة",
                                "الأرقام المهمة مكتوبة على الورق ومحفوظة في مكان غير لافت",
                                "الشواحن المتنقلة مشحونة",
                                "لدى الجميع خطة الصفحة الواحدة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "ما أفضل وقت لتثبيت تطبيق مراسلة يعمل دون إنترنت مثل Briar؟",
                            "choices": [
                                {
                                    "text": "فور انقطاع الإنترنت.",
                                    "correct": False,
                                    "explanation": "أثناء القطع لا يمكنكم في الغالب الوصول إلى متاجر التطبيقات أو "
                                    "تحميل أي شيء، وسيكون الأوان قد فات.",
                                },
                                {
                                    "text": "الآن، ما دام الإنترنت يعمل، ثم تجربته مع الفريق.",
                                    "correct": True,
                                    "explanation": "التثبيت والتدرّب المسبق هما السبيل الوحيد للتأكد من أن التطبيق "
                                    "سيعمل حين تحتاجونه.",
                                },
                                {
                                    "text": "فقط بعد الإعلان الرسمي عن القطع.",
                                    "correct": False,
                                    "explanation": "كثيرًا ما يحدث القطع دون إعلان مسبق، وانتظار الإعلان يترككم "
                                    "غير مستعدين.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Organic Maps",
                            "description": "تطبيق خرائط مجاني مفتوح المصدر يعمل دون إنترنت على Android وiPhone، "
                            "ويعتمد على OpenStreetMap. حمّلوا منطقتكم مرة واحدة وتنقّلوا دون اتصال.",
                            "url": "https://organicmaps.app/",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "fallback-channels-and-phone-tree",
            "minutes": 20,
            "en": {
                "title": "Agree fallback channels and a phone tree",
                "summary": (
                    "Decide in advance which channels to try when the internet fails, and build a tested phone tree "
                    "that passes a message to everyone by SMS or voice call."
                ),
                "body": [
                    (
                        "text",
                        "<p>A shutdown rarely cuts everything at once. Often mobile data is blocked while SMS and "
                        "ordinary voice calls keep working, or home internet stays up while mobile data is down. "
                        "Sometimes only certain apps or websites are blocked. Your plan should use whatever still "
                        "works.</p>"
                        "<p>A phone tree is a simple way to pass a message to everyone quickly without the internet. "
                        "One person calls or texts two or three others, and each of them passes it on to two or three "
                        "more. This way, a women’s network in Kirkuk with forty members can reach everyone in a few "
                        "minutes.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A list of everyone in your network, with a main and a backup phone number",
                                "An agreed order for who contacts whom",
                                "A short list of codes for common messages",
                                "Enough phone credit for SMS and calls",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Put your channels in order",
                                    "body": "<p>Agree the order in which you will try channels, for example:</p>"
                                    "<ul><li>Your usual internet apps, if they still work</li><li>SMS and voice "
                                    "calls</li><li>Offline apps such as Briar, with people nearby</li><li>Meeting in "
                                    "person at an agreed place and time</li></ul>",
                                },
                                {
                                    "title": "Build the phone tree",
                                    "body": "<p>Put the coordinator at the top. Give each person no more than three "
                                    "people to contact, plus a backup if someone does not answer. Write the tree "
                                    "down, and give each person only the part they need.</p>",
                                },
                                {
                                    "title": "Agree short codes",
                                    "body": "<p>SMS is slow to type in a crisis. Agree simple codes, such as “OK1” "
                                    "for “I am safe and at home” or “MEET2” for “meet at the second agreed place”. "
                                    "Keep codes harmless-sounding, and never include sensitive details.</p>",
                                },
                                {
                                    "title": "Test the tree",
                                    "body": "<p>Run a test every few months. The coordinator sends a message and "
                                    "notes how long it takes for everyone to reply. Fix broken links and update "
                                    "numbers straight away.</p>",
                                },
                                {
                                    "title": "Set check-in times",
                                    "body": "<p>For long shutdowns, agree fixed times to check in, such as 10 in the "
                                    "morning and 6 in the evening, so people do not drain their batteries waiting "
                                    "for news.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>SMS and ordinary calls are not encrypted. Telecom companies can see them, "
                            "and authorities can request them. Use them for logistics and safety check-ins, not for "
                            "sensitive discussions or the names of people at risk.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Include people who do not use smartphones. Older relatives and community "
                            "members with basic phones are often the easiest to reach during a shutdown, because SMS "
                            "and calls still get through to them.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Phone tree ready",
                            "items": [
                                "We agreed the order of fallback channels",
                                "Each person has three or fewer people to contact, plus a backup",
                                "Each person holds only their own part of the tree",
                                "We have simple, harmless codes for common messages",
                                "We tested the tree in the last three months",
                                "We know when to check in during a long shutdown",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Mobile data is cut in your city, but SMS still works. Which message is "
                            "safest to send by SMS?",
                            "choices": [
                                {
                                    "text": "The full list of people attending tomorrow’s meeting.",
                                    "correct": False,
                                    "explanation": "SMS is not encrypted. A list of names could expose people if "
                                    "messages are monitored or a phone is seized.",
                                },
                                {
                                    "text": "OK1, your agreed code for ‘I am safe and at home’.",
                                    "correct": True,
                                    "explanation": "A short, agreed code shares what matters without any sensitive "
                                    "details.",
                                },
                                {
                                    "text": "A detailed report about an official’s misconduct.",
                                    "correct": False,
                                    "explanation": "Sensitive information should wait for a secure channel or be "
                                    "shared in person.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "اتفقوا على قنوات بديلة وشجرة اتصال",
                "summary": (
                    "قرّروا مسبقًا القنوات التي ستجربونها حين يتعطل الإنترنت، وابنوا شجرة اتصال مجرَّبة توصل "
                    "الرسالة إلى الجميع عبر الرسائل النصية أو المكالمات."
                ),
                "body": [
                    (
                        "text",
                        "<p>نادرًا ما يشمل القطع كل شيء دفعة واحدة. فكثيرًا ما تُحجب بيانات الهاتف المحمول بينما "
                        "تبقى الرسائل النصية والمكالمات العادية تعمل، أو يبقى إنترنت المنزل متاحًا حين تنقطع بيانات "
                        "الهاتف. وأحيانًا تُحجب تطبيقات أو مواقع بعينها فقط. لذا ينبغي أن تستفيد خطتكم من كل ما يظل "
                        "يعمل.</p>"
                        "<p>وشجرة الاتصال طريقة بسيطة لإيصال رسالة إلى الجميع بسرعة دون إنترنت: يتصل شخص واحد "
                        "باثنين أو ثلاثة أو يراسلهم، ثم ينقلها كل منهم إلى اثنين أو ثلاثة آخرين. وبهذه الطريقة "
                        "تستطيع شبكة نسائية في كركوك تضم أربعين عضوة أن تبلغ الجميع في دقائق.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "قائمة بكل أعضاء شبكتكم، مع رقم أساسي ورقم احتياطي لكل منهم",
                                "ترتيب متفق عليه لمن يتصل بمن",
                                "قائمة قصيرة برموز للرسائل المتكررة",
                                "رصيد كافٍ للرسائل النصية والمكالمات",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "رتّبوا قنواتكم",
                                    "body": "<p>اتفقوا على الترتيب الذي ستجربون به القنوات، مثلًا:</p><ul><li>"
                                    "تطبيقاتكم المعتادة عبر الإنترنت إن بقيت تعمل</li><li>الرسائل النصية "
                                    "والمكالمات الصوتية</li><li>تطبيقات تعمل دون إنترنت مثل Briar مع القريبين "
                                    "منكم</li><li>اللقاء المباشر في مكان وموعد متفق عليهما</li></ul>",
                                },
                                {
                                    "title": "ابنوا شجرة الاتصال",
                                    "body": "<p>ضعوا المنسّق في أعلى الشجرة، ولا تكلّفوا أي شخص بالاتصال بأكثر من "
                                    "ثلاثة، مع شخص احتياطي إن لم يرد أحدهم. اكتبوا الشجرة، وأعطوا كل شخص الجزء الذي "
                                    "يحتاجه منها فقط.</p>",
                                },
                                {
                                    "title": "اتفقوا على رموز قصيرة",
                                    "body": "<p>كتابة الرسائل النصية بطيئة في الأزمات. اتفقوا على رموز بسيطة، مثل "
                                    "«OK1» بمعنى «أنا بخير وفي البيت»، أو «MEET2» بمعنى «نلتقي في المكان الثاني "
                                    "المتفق عليه». واجعلوا الرموز بريئة الظاهر، ولا تضمّنوها أي تفاصيل حساسة.</p>",
                                },
                                {
                                    "title": "جرّبوا الشجرة",
                                    "body": "<p>أجروا تجربة كل بضعة أشهر: يرسل المنسق رسالة ويسجّل الوقت الذي "
                                    "يستغرقه وصول ردود الجميع. ثم أصلحوا الحلقات المقطوعة وحدّثوا الأرقام "
                                    "فورًا.</p>",
                                },
                                {
                                    "title": "حدّدوا مواعيد للاطمئنان",
                                    "body": "<p>في حالات القطع الطويلة، اتفقوا على مواعيد ثابتة للاطمئنان، كالعاشرة "
                                    "صباحًا والسادسة مساءً، كي لا يستنزف الناس بطارياتهم في انتظار الأخبار.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>الرسائل النصية والمكالمات العادية غير مشفّرة، وتستطيع شركات الاتصالات "
                            "الاطلاع عليها، ويمكن للسلطات طلبها. استعملوها للتنسيق والاطمئنان، لا للنقاشات الحساسة "
                            "ولا لذكر أسماء أشخاص معرّضين للخطر.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>أشركوا من لا يستعملون الهواتف الذكية. فكبار السن في العائلة وأبناء المجتمع "
                            "الذين يحملون هواتف بسيطة كثيرًا ما يكونون أسهل وصولًا أثناء القطع، لأن الرسائل النصية "
                            "والمكالمات تظل تصل إليهم.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "شجرة الاتصال جاهزة",
                            "items": [
                                "اتفقنا على ترتيب القنوات البديلة",
                                "لكل شخص ثلاثة أشخاص أو أقل يتصل بهم، مع شخص احتياطي",
                                "لا يحمل كل شخص إلا جزءه من الشجرة",
                                "لدينا رموز بسيطة وبريئة الظاهر للرسائل المتكررة",
                                "جرّبنا الشجرة خلال الأشهر الثلاثة الماضية",
                                "نعرف مواعيد الاطمئنان أثناء القطع الطويل",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "انقطعت بيانات الهاتف المحمول في مدينتكم، لكن الرسائل النصية ما زالت تعمل. "
                            "أي رسالة هي الأكثر أمانًا لإرسالها نصيًا؟",
                            "choices": [
                                {
                                    "text": "القائمة الكاملة بأسماء حضور اجتماع الغد.",
                                    "correct": False,
                                    "explanation": "الرسائل النصية غير مشفّرة، وقائمة الأسماء قد تكشف الناس إن "
                                    "رُوقبت الرسائل أو صودر هاتف.",
                                },
                                {
                                    "text": "OK1، الرمز المتفق عليه بمعنى «أنا بخير وفي البيت».",
                                    "correct": True,
                                    "explanation": "رمز قصير متفق عليه يوصل المهم دون أي تفاصيل حساسة.",
                                },
                                {
                                    "text": "تقرير مفصّل عن مخالفات أحد المسؤولين.",
                                    "correct": False,
                                    "explanation": "المعلومات الحساسة تنتظر قناة آمنة، أو تُنقل في لقاء مباشر.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        {
            "slug": "offline-apps-and-circumvention",
            "minutes": 30,
            "en": {
                "title": "Use offline apps and circumvention tools wisely",
                "summary": (
                    "Tell a total shutdown from censorship, set up offline messaging and file sharing for when "
                    "nothing connects, and choose circumvention tools carefully for when only some things are "
                    "blocked."
                ),
                "body": [
                    (
                        "text",
                        "<p>First, work out which problem you face. In a <b>total shutdown</b> there is no internet "
                        "at all, and no VPN can help, because there is nothing to connect to. With <b>censorship</b> "
                        "or <b>throttling</b>, the internet works, but certain apps or sites are blocked or very "
                        "slow. Circumvention tools can often help in that case.</p>"
                        "<p>In a total shutdown, offline tools let phones talk directly to each other. Briar, a free, "
                        "open-source messenger for Android, can send messages to nearby contacts over Bluetooth or a "
                        "shared Wi-Fi network without any internet. Android’s Quick Share and Apple’s AirDrop can "
                        "also pass files between phones in the same room.</p>"
                        "<p>Against censorship, tools such as Psiphon, Tor Browser and reputable VPNs route your "
                        "traffic around the blocks. Each has strengths, limits and risks.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "An Android phone for Briar, which is not available for iPhone",
                                "Teammates who can meet you in person to add each other as contacts",
                                "Psiphon, Tor Browser or a reputable VPN, installed from official sources",
                                "A clear idea of the legal situation and of your own level of risk",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Set up Briar before you need it",
                                    "body": "<p>Install Briar from Google Play, F-Droid or the official website. Add "
                                    "contacts by meeting in person and scanning each other’s QR codes. Without "
                                    "internet, messages travel over Bluetooth or a shared Wi-Fi network, so your "
                                    "contacts need to be close by.</p>",
                                },
                                {
                                    "title": "Practise offline messaging",
                                    "body": "<p>Turn off mobile data, then send messages across a room, and then "
                                    "across a street. Learn the real range where you live and work. Remember that "
                                    "both phones need Briar running and Bluetooth switched on.</p>",
                                },
                                {
                                    "title": "Share files nearby without internet",
                                    "body": "<p>Use Quick Share on Android or AirDrop on iPhone to pass documents, "
                                    "maps or photos between phones that are close together. Set visibility to your "
                                    "contacts only, and switch it off when you have finished.</p>",
                                },
                                {
                                    "title": "Choose a tool for blocked apps and sites",
                                    "body": "<p>Psiphon is free and built to get around censorship. Tor Browser "
                                    "hides which sites you visit and can use bridges, such as Snowflake, when Tor "
                                    "itself is blocked. For a VPN, choose a well-known provider with a clear no-logs "
                                    "policy and avoid unknown free VPNs, which may collect and sell your data.</p>",
                                },
                                {
                                    "title": "Install only from official sources",
                                    "body": "<p>Download tools from the official website or the official app store "
                                    "page. Fake versions of popular circumvention apps circulate, especially during "
                                    "shutdowns, and some contain spyware.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Using circumvention tools can break local rules or draw attention, and the "
                            "risk is higher for well-known activists. Think about who might check your phone, keep "
                            "the apps up to date, and consider what is visible on your screen before you pass "
                            "through a checkpoint.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>No app can bring the internet back during a total shutdown. If nothing loads "
                            "at all, switch to your offline plan: SMS and calls if they work, Briar with people "
                            "nearby, and face-to-face meetings.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Tools ready",
                            "items": [
                                "We know the difference between a total shutdown and censorship",
                                "Android users have Briar, with contacts added in person",
                                "We have tested offline messaging and know its real range",
                                "Nearby sharing is set to contacts only, and switched off after use",
                                "Circumvention tools come only from official sources",
                                "We have talked through the legal and safety risks",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "The internet is completely cut in your region: nothing loads on mobile data "
                            "or home Wi-Fi. Which tool can help you reach a teammate in the next building?",
                            "choices": [
                                {
                                    "text": "A VPN.",
                                    "correct": False,
                                    "explanation": "A VPN needs an internet connection to route your traffic. In a "
                                    "total shutdown it has nothing to connect to.",
                                },
                                {
                                    "text": "Tor Browser with a bridge.",
                                    "correct": False,
                                    "explanation": "Bridges help when Tor is blocked, not when the internet is "
                                    "completely down.",
                                },
                                {
                                    "text": "Briar over Bluetooth or a shared Wi-Fi network, if you added each other "
                                    "beforehand.",
                                    "correct": True,
                                    "explanation": "Briar can pass messages directly between nearby phones without "
                                    "internet, as long as it was set up in advance.",
                                },
                                {
                                    "text": "Psiphon.",
                                    "correct": False,
                                    "explanation": "Psiphon helps against censorship, but like a VPN it needs some "
                                    "internet connection to work.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Briar",
                            "description": "Free, open-source messaging for Android that can work over Bluetooth and "
                            "Wi-Fi without internet. The site explains how to install it and add contacts.",
                            "url": "https://briarproject.org/",
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Psiphon",
                            "description": "A free circumvention tool for Android, iPhone and Windows, designed to "
                            "reach blocked websites and apps. It does not work during a total shutdown.",
                            "url": "https://psiphon.ca/",
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Tor Project",
                            "description": "Download Tor Browser from its official home, and read how bridges help "
                            "when Tor is blocked.",
                            "url": "https://www.torproject.org/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "استعملوا تطبيقات العمل دون إنترنت وأدوات تجاوز الحجب بحكمة",
                "summary": (
                    "ميّزوا القطع الكامل من الحجب، وجهّزوا المراسلة وتبادل الملفات دون إنترنت لحين لا يعمل شيء، "
                    "واختاروا أدوات تجاوز الحجب بعناية لحين يُحجب بعض الأشياء فقط."
                ),
                "body": [
                    (
                        "text",
                        "<p>ابدؤوا بمعرفة المشكلة التي تواجهونها. ففي <b>القطع الكامل</b> لا يوجد إنترنت إطلاقًا، "
                        "ولا تنفع أي شبكة افتراضية خاصة (VPN)، إذ لا يوجد ما تتصل به. أما في <b>الحجب</b> أو "
                        "<b>إبطاء الاتصال</b>، فالإنترنت يعمل لكن تطبيقات أو مواقع معينة محجوبة أو بطيئة جدًا، وهنا "
                        "تفيد أدوات تجاوز الحجب غالبًا.</p>"
                        "<p>في القطع الكامل، تتيح الأدوات العاملة دون إنترنت للهواتف أن تتواصل مباشرة. فتطبيق Briar "
                        "المجاني مفتوح المصدر لأجهزة Android يرسل الرسائل إلى جهات الاتصال القريبة عبر البلوتوث أو "
                        "شبكة Wi-Fi مشتركة دون أي إنترنت. كما تنقل خاصية Quick Share في Android وخاصية AirDrop من "
                        "Apple الملفات بين الهواتف الموجودة في الغرفة نفسها.</p>"
                        "<p>وفي مواجهة الحجب، تمرّر أدوات مثل Psiphon ومتصفح Tor والشبكات الافتراضية الموثوقة "
                        "اتصالكم حول الحواجز. ولكل منها مزايا وحدود ومخاطر.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هاتف Android لتطبيق Briar، فهو غير متاح لأجهزة iPhone",
                                "زملاء في الفريق يمكنكم لقاؤهم وجهًا لوجه لإضافة بعضكم بعضًا",
                                "Psiphon أو متصفح Tor أو VPN موثوق، مثبّت من المصادر الرسمية",
                                "فكرة واضحة عن الوضع القانوني وعن مستوى الخطر عليكم شخصيًا",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "جهّزوا Briar قبل أن تحتاجوه",
                                    "body": "<p>ثبّتوا Briar من Google Play أو F-Droid أو الموقع الرسمي. وأضيفوا "
                                    "جهات الاتصال بلقاء مباشر ومسح رموز QR المتبادلة. ودون إنترنت تنتقل الرسائل عبر "
                                    "البلوتوث أو شبكة Wi-Fi مشتركة، لذا يجب أن تكون جهات اتصالكم قريبة منكم.</p>",
                                },
                                {
                                    "title": "تدرّبوا على المراسلة دون إنترنت",
                                    "body": "<p>أوقفوا بيانات الهاتف، ثم أرسلوا رسائل داخل غرفة، ثم عبر شارع. "
                                    "واعرفوا المدى الفعلي في المكان الذي تعيشون وتعملون فيه. وتذكروا أن Briar يجب "
                                    "أن يعمل على الهاتفين مع تشغيل البلوتوث.</p>",
                                },
                                {
                                    "title": "تبادلوا الملفات عن قرب دون إنترنت",
                                    "body": "<p>استعملوا Quick Share على Android أو AirDrop على iPhone لنقل الوثائق "
                                    "والخرائط والصور بين هواتف متقاربة. واجعلوا الظهور لجهات اتصالكم فقط، وأوقفوه "
                                    "حين تنتهون.</p>",
                                },
                                {
                                    "title": "اختاروا أداة للتطبيقات والمواقع المحجوبة",
                                    "body": "<p>Psiphon أداة مجانية صُممت لتجاوز الحجب. ومتصفح Tor يُخفي المواقع التي "
                                    "تزورونها، ويمكنه استعمال «الجسور» مثل Snowflake حين يكون Tor نفسه محجوبًا. "
                                    "وإن اخترتم VPN فاختاروا مزودًا معروفًا بسياسة واضحة في عدم الاحتفاظ بالسجلات، "
                                    "وتجنبوا الشبكات المجانية المجهولة التي قد تجمع بياناتكم وتبيعها.</p>",
                                },
                                {
                                    "title": "ثبّتوا من المصادر الرسمية فقط",
                                    "body": "<p>حمّلوا الأدوات من مواقعها الرسمية أو من صفحاتها الرسمية في متاجر "
                                    "التطبيقات. فنسخ مزيفة من تطبيقات تجاوز الحجب الشائعة تنتشر، خصوصًا أثناء "
                                    "القطع، وبعضها يحوي برامج تجسس.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>قد يخالف استعمال أدوات تجاوز الحجب قواعد محلية أو يلفت الأنظار، والخطر أعلى "
                            "على الناشطين المعروفين. فكّروا فيمن قد يفتّش هاتفكم، وحدّثوا التطبيقات باستمرار، "
                            "وانتبهوا لما يظهر على شاشتكم قبل المرور بنقطة تفتيش.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>لا يستطيع أي تطبيق إعادة الإنترنت في القطع الكامل. فإن لم يُحمَّل شيء "
                            "إطلاقًا، فانتقلوا إلى خطتكم البديلة: الرسائل النصية والمكالمات إن كانت تعمل، وBriar مع "
                            "القريبين منكم، واللقاءات المباشرة.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "الأدوات جاهزة",
                            "items": [
                                "نعرف الفرق بين القطع الكامل والحجب",
                                "لدى مستخدمي Android تطبيق Briar مع جهات اتصال أُضيفت وجهًا لوجه",
                                "جرّبنا المراسلة دون إنترنت ونعرف مداها الفعلي",
                                "المشاركة القريبة مضبوطة على جهات الاتصال فقط، وتُطفأ بعد الاستعمال",
                                "أدوات تجاوز الحجب من مصادر رسمية فقط",
                                "ناقشنا المخاطر القانونية والأمنية",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "انقطع الإنترنت تمامًا في منطقتكم، فلا شيء يعمل على بيانات الهاتف ولا على "
                            "Wi-Fi المنزل. أي أداة تساعدكم على الوصول إلى زميل في المبنى المجاور؟",
                            "choices": [
                                {
                                    "text": "شبكة افتراضية خاصة (VPN).",
                                    "correct": False,
                                    "explanation": "تحتاج الـVPN إلى اتصال بالإنترنت لتمرير بياناتكم، وفي القطع "
                                    "الكامل لا يوجد ما تتصل به.",
                                },
                                {
                                    "text": "متصفح Tor مع جسر.",
                                    "correct": False,
                                    "explanation": "الجسور تفيد حين يكون Tor محجوبًا، لا حين ينقطع الإنترنت بالكامل.",
                                },
                                {
                                    "text": "Briar عبر البلوتوث أو شبكة Wi-Fi مشتركة، إن كنتم قد أضفتم بعضكم مسبقًا.",
                                    "correct": True,
                                    "explanation": "ينقل Briar الرسائل مباشرة بين الهواتف المتقاربة دون إنترنت، "
                                    "بشرط أن يكون قد جُهّز مسبقًا.",
                                },
                                {
                                    "text": "Psiphon.",
                                    "correct": False,
                                    "explanation": "يساعد Psiphon في مواجهة الحجب، لكنه مثل الـVPN يحتاج إلى قدر من "
                                    "الاتصال بالإنترنت ليعمل.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Briar",
                            "description": "تطبيق مراسلة مجاني مفتوح المصدر لأجهزة Android يمكنه العمل عبر البلوتوث "
                            "وWi-Fi دون إنترنت. يشرح الموقع طريقة تثبيته وإضافة جهات الاتصال.",
                            "url": "https://briarproject.org/",
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Psiphon",
                            "description": "أداة مجانية لتجاوز الحجب على Android وiPhone وWindows، للوصول إلى "
                            "المواقع والتطبيقات المحجوبة. لا تعمل أثناء القطع الكامل.",
                            "url": "https://psiphon.ca/",
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "مشروع Tor",
                            "description": "حمّلوا متصفح Tor من موقعه الرسمي، واقرؤوا كيف تساعد الجسور حين يكون "
                            "Tor محجوبًا.",
                            "url": "https://www.torproject.org/",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "document-shutdowns",
            "minutes": 20,
            "en": {
                "title": "Document shutdowns for advocacy",
                "summary": (
                    "Record when, where and how the internet was cut, collect simple evidence and the human impact, "
                    "and share consistent records safely with groups that campaign against shutdowns."
                ),
                "body": [
                    (
                        "text",
                        "<p>Shutdowns hurt people: students who cannot study, patients who cannot reach a doctor, "
                        "traders who lose a day’s income, families who cannot find each other. Without clear records, "
                        "it is easy for anyone to deny or play down what happened.</p>"
                        "<p>Digital rights groups and researchers track shutdowns around the world and use the "
                        "evidence to press governments to stop them. They combine technical measurements with reports "
                        "from people on the ground. Careful, consistent notes from your network add real weight, "
                        "especially about the impact on people’s lives.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A simple form or notebook for recording incidents",
                                "A phone with the correct date and time",
                                "Optional: the free OONI Probe app, to measure blocking while the internet works",
                                "A safe way to share records later, such as Signal",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Record the basics every time",
                                    "body": "<p>For each incident, note:</p><ul><li>The date, and the start and end "
                                    "times</li><li>The city or district</li><li>The operator and the type of "
                                    "connection: mobile data, home internet, or both</li><li>What stopped working: "
                                    "everything, certain apps, or only the speed</li></ul>",
                                },
                                {
                                    "title": "Capture simple evidence",
                                    "body": "<p>Take screenshots that show the time and the problem, such as an "
                                    "error page or a speed test result. Note whether SMS and voice calls still "
                                    "worked.</p>",
                                },
                                {
                                    "title": "Document the impact",
                                    "body": "<p>Write short, factual notes on how the shutdown affected people and "
                                    "services: a clinic that could not send test results, a money transfer that "
                                    "failed, a student who could not submit work. Ask permission, and leave out "
                                    "names.</p>",
                                },
                                {
                                    "title": "Measure blocking when you can",
                                    "body": "<p>When the internet works but some sites or apps seem blocked, run OONI "
                                    "Probe. It tests whether they are blocked and publishes the results openly. Read "
                                    "its explanation of the risks before you start.</p>",
                                },
                                {
                                    "title": "Share with people who can use it",
                                    "body": "<p>Collect your records and share them safely with digital rights "
                                    "organisations, journalists or researchers you trust. Campaigns such as "
                                    "#KeepItOn gather reports from many countries.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Anyone monitoring your connection can see that you are running OONI Probe, "
                            "and collecting reports may be seen as sensitive. Decide together whether it is safe for "
                            "each person, and never pressure anyone to take part.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Use the same simple form across your whole network. Consistent records from "
                            "many places are far more useful than long, differently written reports from a few.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "A good shutdown record has",
                            "items": [
                                "The date, start time and end time",
                                "The city or district",
                                "The operator and the connection type",
                                "What stopped working, and whether SMS and calls worked",
                                "Screenshots with the time visible",
                                "Impact notes, given with permission and without names",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Which record is most useful to a group documenting shutdowns?",
                            "choices": [
                                {
                                    "text": "‘The internet was bad yesterday.’",
                                    "correct": False,
                                    "explanation": "Too vague: there is no time, place, operator or description of "
                                    "what failed.",
                                },
                                {
                                    "text": "‘12 June, 06:00 to 10:00, Duhok city centre: mobile data cut on my "
                                    "operator, home internet working, SMS working. A local clinic could not send "
                                    "referrals.’",
                                    "correct": True,
                                    "explanation": "It is precise and consistent, and it shows the human impact, "
                                    "which is exactly what advocates need.",
                                },
                                {
                                    "text": "A long post blaming named officials, with no dates.",
                                    "correct": False,
                                    "explanation": "Accusations without facts are easy to dismiss and may put you "
                                    "at risk. Dates, places and effects are what count.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "OONI (Open Observatory of Network Interference)",
                            "description": "Free software and open data for measuring internet censorship. Download "
                            "OONI Probe and read about the risks of running it.",
                            "url": "https://ooni.org/",
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "#KeepItOn campaign (Access Now)",
                            "description": "A global coalition campaign against internet shutdowns, with reports and "
                            "data on shutdowns around the world.",
                            "url": "https://www.accessnow.org/campaign/keepiton/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "وثّقوا قطع الإنترنت لأغراض المناصرة",
                "summary": (
                    "سجّلوا متى قُطع الإنترنت وأين وكيف، واجمعوا أدلة بسيطة وأثر القطع على الناس، وشاركوا سجلات "
                    "منتظمة بأمان مع المجموعات التي تناهض قطع الإنترنت."
                ),
                "body": [
                    (
                        "text",
                        "<p>قطع الإنترنت يؤذي الناس: طلاب لا يستطيعون الدراسة، ومرضى لا يصلون إلى الطبيب، وتجار "
                        "يخسرون دخل يوم كامل، وأسر لا يعثر أفرادها بعضهم على بعض. ومن دون سجلات واضحة، يسهل على أي "
                        "جهة أن تنكر ما حدث أو تهوّن منه.</p>"
                        "<p>وتتابع مجموعات الحقوق الرقمية والباحثون حالات القطع حول العالم، ويستعملون الأدلة للضغط "
                        "على الحكومات كي تكفّ عنها. وهم يجمعون بين القياسات التقنية وشهادات الناس على الأرض. "
                        "والملاحظات الدقيقة المنتظمة من شبكتكم تضيف وزنًا حقيقيًا، ولا سيما حين تصف أثر القطع على "
                        "حياة الناس.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "استمارة بسيطة أو دفتر لتسجيل الحالات",
                                "هاتف مضبوط على التاريخ والوقت الصحيحين",
                                "اختياريًا: تطبيق OONI Probe المجاني لقياس الحجب حين يعمل الإنترنت",
                                "وسيلة آمنة لمشاركة السجلات لاحقًا، مثل Signal",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "سجّلوا الأساسيات في كل مرة",
                                    "body": "<p>لكل حالة دوّنوا:</p><ul><li>التاريخ، ووقت البدء ووقت "
                                    "الانتهاء</li><li>المدينة أو القضاء</li><li>شركة الاتصالات ونوع الاتصال: بيانات "
                                    "الهاتف، أو إنترنت المنزل، أو كلاهما</li><li>ما الذي توقف: كل شيء، أم تطبيقات "
                                    "معينة، أم السرعة فقط</li></ul>",
                                },
                                {
                                    "title": "التقطوا أدلة بسيطة",
                                    "body": "<p>خذوا لقطات شاشة يظهر فيها الوقت والمشكلة، كصفحة خطأ أو نتيجة اختبار "
                                    "سرعة. ودوّنوا هل بقيت الرسائل النصية والمكالمات تعمل.</p>",
                                },
                                {
                                    "title": "وثّقوا الأثر",
                                    "body": "<p>اكتبوا ملاحظات قصيرة ودقيقة عن أثر القطع في الناس والخدمات: عيادة لم "
                                    "تستطع إرسال نتائج التحاليل، أو حوالة مالية تعثرت، أو طالب لم يتمكن من تسليم "
                                    "واجبه. واستأذنوا أصحاب القصص، ولا تذكروا الأسماء.</p>",
                                },
                                {
                                    "title": "قيسوا الحجب حين تستطيعون",
                                    "body": "<p>حين يعمل الإنترنت لكن تبدو مواقع أو تطبيقات محجوبة، شغّلوا OONI "
                                    "Probe. فهو يختبر هل هي محجوبة، وينشر النتائج علنًا. واقرؤوا شرحه للمخاطر قبل "
                                    "أن تبدؤوا.</p>",
                                },
                                {
                                    "title": "شاركوا السجلات مع من يستطيع الاستفادة منها",
                                    "body": "<p>اجمعوا سجلاتكم وشاركوها بأمان مع منظمات الحقوق الرقمية أو صحفيين أو "
                                    "باحثين تثقون بهم. فحملات مثل #KeepItOn تجمع البلاغات من بلدان كثيرة.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>من يراقب اتصالكم يستطيع أن يرى أنكم تشغّلون OONI Probe، وقد يُعدّ جمع "
                            "البلاغات أمرًا حساسًا. قرّروا معًا هل الأمر آمن لكل شخص، ولا تضغطوا على أحد أبدًا "
                            "للمشاركة.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>استعملوا الاستمارة البسيطة نفسها في شبكتكم كلها. فالسجلات الموحّدة من أماكن "
                            "كثيرة أنفع بكثير من تقارير طويلة مكتوبة بطرق مختلفة من أماكن قليلة.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "سجل القطع الجيد يتضمن",
                            "items": [
                                "التاريخ ووقت البدء ووقت الانتهاء",
                                "المدينة أو القضاء",
                                "شركة الاتصالات ونوع الاتصال",
                                "ما الذي توقف، وهل عملت الرسائل النصية والمكالمات",
                                "لقطات شاشة يظهر فيها الوقت",
                                "ملاحظات عن الأثر، بإذن أصحابها ودون أسماء",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أي هذه السجلات أنفع لمجموعة توثّق حالات قطع الإنترنت؟",
                            "choices": [
                                {
                                    "text": "«الإنترنت كان سيئًا أمس».",
                                    "correct": False,
                                    "explanation": "غامض جدًا: لا وقت ولا مكان ولا شركة اتصالات ولا وصف لما تعطّل.",
                                },
                                {
                                    "text": "«12 حزيران، من 06:00 إلى 10:00، مركز مدينة دهوك: قُطعت بيانات الهاتف "
                                    "لدى شركتي، وإنترنت المنزل يعمل، والرسائل النصية تعمل. لم تستطع عيادة محلية "
                                    "إرسال الإحالات».",
                                    "correct": True,
                                    "explanation": "سجل دقيق ومنتظم، ويبيّن الأثر الإنساني، وهذا بالضبط ما يحتاجه "
                                    "المدافعون عن الحقوق.",
                                },
                                {
                                    "text": "منشور طويل يتهم مسؤولين بأسمائهم دون أي تواريخ.",
                                    "correct": False,
                                    "explanation": "الاتهامات بلا وقائع يسهل ردّها، وقد تعرّضكم للخطر. التواريخ "
                                    "والأماكن والآثار هي ما يُعتدّ به.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "OONI (المرصد المفتوح للتدخل في الشبكات)",
                            "description": "برمجيات مجانية وبيانات مفتوحة لقياس الرقابة على الإنترنت. حمّلوا تطبيق "
                            "OONI Probe واقرؤوا عن مخاطر تشغيله.",
                            "url": "https://ooni.org/",
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "حملة #KeepItOn (منظمة Access Now)",
                            "description": "حملة تحالف عالمي لمناهضة قطع الإنترنت، مع تقارير وبيانات عن حالات القطع "
                            "حول العالم (بالإنجليزية).",
                            "url": "https://www.accessnow.org/campaign/keepiton/",
                        },
                    ),
                ],
            },
        },
    ],
}
