"""Starter module: Countering disinformation: media literacy for everyday life."""

MODULE = {
    "slug": "disinformation",
    "level": "beginner",
    "topics": ["information"],
    "tags": {
        "en": ["fact-checking", "media literacy", "rumours", "verification"],
        "ar": ["تدقيق المعلومات", "التربية الإعلامية", "الشائعات", "التحقق"],
    },
    "en": {
        "title": "Countering disinformation: media literacy for everyday life",
        "summary": (
            "Build quick, reliable habits for checking what reaches your phone: pause before sharing, find out who "
            "is behind a claim, trace claims and images to their origin, and correct rumours kindly without "
            "spreading them further."
        ),
        "audience": (
            "Anyone in Iraq and the Kurdistan Region who shares news with family, friends or a community group, "
            "including volunteers and staff of civil-society organisations. No technical experience is needed."
        ),
        "outcomes": [
            "Pause before sharing and recognise messages designed to provoke strong emotions.",
            "Check who is behind a claim by reading what other sources say about it.",
            "Trace a claim, quote, photo or video back to its original source and context.",
            "Use reverse image search and simple checks on dates and places.",
            "Correct a rumour kindly in a family or community group without spreading it further.",
        ],
    },
    "ar": {
        "title": "مواجهة التضليل: التربية الإعلامية في الحياة اليومية",
        "summary": (
            "اكتسبوا عادات سريعة وموثوقة لفحص ما يصل إلى هواتفكم: التوقف قبل المشاركة، ومعرفة من يقف وراء "
            "الادعاء، وتتبّع الادعاءات والصور إلى أصلها، وتصحيح الشائعات بلطف دون نشرها أكثر."
        ),
        "audience": (
            "كل من يتبادل الأخبار مع أسرته أو أصدقائه أو مجموعته المحلية في العراق وإقليم كوردستان، ومنهم متطوعو "
            "منظمات المجتمع المدني والعاملون فيها. لا يحتاج الدرس إلى أي خبرة تقنية."
        ),
        "outcomes": [
            "التوقف قبل المشاركة، وتمييز الرسائل المصممة لإثارة مشاعر قوية.",
            "معرفة من يقف وراء الادعاء من خلال قراءة ما تقوله مصادر أخرى عنه.",
            "تتبّع الادعاء أو الاقتباس أو الصورة أو الفيديو إلى مصدره الأصلي وسياقه.",
            "استعمال البحث العكسي عن الصور وإجراء فحوص بسيطة للتاريخ والمكان.",
            "تصحيح شائعة بلطف في مجموعة عائلية أو محلية دون زيادة انتشارها.",
        ],
    },
    "lessons": [
        {
            "slug": "stop-and-check-the-source",
            "minutes": 20,
            "en": {
                "title": "Stop, then check the source",
                "summary": (
                    "Learn the first two moves of the SIFT method: pause when a message stirs strong feelings, then "
                    "find out who is behind it by reading what others say about them."
                ),
                "body": [
                    (
                        "text",
                        "<p>False stories spread fastest when they make us feel something strongly: fear, anger, "
                        "pride or pity. A message that says “Share before they delete it!” or “Urgent: the tap water "
                        "is poisoned” is built to make you act before you think. The first and most powerful check is "
                        "simply to stop.</p>"
                        "<p>Then ask: who is behind this? Many people judge a source by looking at the source itself: "
                        "the logo, the design, how confident it sounds. Professional fact-checkers do the opposite. "
                        "They leave the page and open new tabs to see what others say about it. This habit is called "
                        "lateral reading, and it often takes less than a minute.</p>"
                        "<p>This lesson covers the first two moves of a simple method called SIFT: <b>S</b>top, "
                        "<b>I</b>nvestigate the source, <b>F</b>ind better coverage and <b>T</b>race claims to the "
                        "original. The next lessons cover the rest.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A phone with a web browser",
                                "A message, post or video you were unsure about recently",
                                "Two or three minutes of attention",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Stop and notice your reaction",
                                    "body": "<p>Before you share, ask yourself how the message makes you feel. If "
                                    "you are angry, scared or excited, that is a signal to slow down, not to share "
                                    "faster. Also ask: do I know this source? If not, do not share yet.</p>",
                                },
                                {
                                    "title": "Find out who posted it",
                                    "body": "<p>Look at the account or website name. On social media, open the "
                                    "profile: when was it created, what else does it post, and does it say who runs "
                                    "it? A page called “Iraq Breaking News” could be run by anyone.</p>",
                                },
                                {
                                    "title": "Read laterally",
                                    "body": "<p>Open a new tab and search for the name of the page, site or person, "
                                    "together with words such as “owner”, “fake” or “fact check”. See what "
                                    "independent sources, such as established news outlets, Wikipedia or "
                                    "fact-checkers, say about it.</p>",
                                },
                                {
                                    "title": "Decide whether the source deserves trust on this topic",
                                    "body": "<p>A doctor’s page may be a good source on vaccines but not on "
                                    "elections. A party’s channel may be accurate about its own events but one-sided "
                                    "about its rivals. Ask: does this source have the knowledge and the independence "
                                    "to tell me this?</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Be extra careful with screenshots of “news” that have no link, forwarded voice "
                            "notes from an unnamed “doctor” or “officer”, and pages that appeared recently but "
                            "already have huge numbers of followers.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Stopping does not mean ignoring. If a warning could matter for safety, such "
                            "as a road closure, check it quickly with an official page or a trusted local contact "
                            "instead of forwarding it blindly.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you share",
                            "items": [
                                "I noticed how the message made me feel",
                                "I know who posted it first, or I know that I do not know",
                                "I searched for the source in a new tab",
                                "Independent sources say this source is reliable on this topic",
                                "It is more than a screenshot or a voice note with no origin",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A page you have never heard of posts: ‘Urgent! Tomorrow’s exams are "
                            "cancelled, share with all students!’ What is the best first move?",
                            "choices": [
                                {
                                    "text": "Share it quickly, because students need to know in time.",
                                    "correct": False,
                                    "explanation": "Urgency is exactly what makes false messages spread. If it is "
                                    "wrong, you add to the confusion for thousands of families.",
                                },
                                {
                                    "text": "Stop, then check the ministry’s official page or a trusted news outlet "
                                    "before sharing.",
                                    "correct": True,
                                    "explanation": "A decision like this would be announced by the ministry. If you "
                                    "cannot find it there or in reliable news, treat it as unconfirmed.",
                                },
                                {
                                    "text": "Judge it by how professional the page looks.",
                                    "correct": False,
                                    "explanation": "Anyone can make a page look professional. Checking what others "
                                    "say about the page is far more reliable.",
                                },
                                {
                                    "text": "Share it with a note saying ‘not sure if true’.",
                                    "correct": False,
                                    "explanation": "Adding a doubt does not stop the message spreading. Many people "
                                    "read only the claim and pass it on.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "توقّفوا ثم افحصوا المصدر",
                "summary": (
                    "تعرّفوا إلى أول خطوتين في طريقة SIFT: التوقف حين تثير الرسالة مشاعر قوية، ثم معرفة من يقف "
                    "وراءها بقراءة ما يقوله الآخرون عنه."
                ),
                "body": [
                    (
                        "text",
                        "<p>تنتشر الأخبار الكاذبة أسرع ما تنتشر حين تثير فينا شعورًا قويًا: خوفًا أو غضبًا أو فخرًا "
                        "أو شفقة. فرسالة تقول «انشروها قبل أن تُحذف!» أو «عاجل: ماء الإسالة مسموم» مصنوعة لتدفعكم "
                        "إلى الفعل قبل التفكير. وأول فحص وأقواه هو ببساطة أن تتوقفوا.</p>"
                        "<p>ثم اسألوا: من يقف وراء هذا؟ كثيرون يحكمون على المصدر من المصدر نفسه: شعاره وتصميمه "
                        "ونبرته الواثقة. أما مدققو المعلومات المحترفون فيفعلون العكس، إذ يغادرون الصفحة ويفتحون "
                        "نوافذ جديدة ليروا ما يقوله الآخرون عنها. تُسمى هذه العادة «القراءة الجانبية»، وكثيرًا ما "
                        "تستغرق أقل من دقيقة.</p>"
                        "<p>يتناول هذا الدرس أول خطوتين من طريقة بسيطة اسمها SIFT، وحروفها بالإنجليزية تعني: "
                        "<b>توقّف</b>، ثم <b>افحص</b> المصدر، ثم <b>ابحث</b> عن تغطية أفضل، ثم <b>تتبّع</b> "
                        "الادعاء إلى أصله. وتتناول الدروس التالية بقية الخطوات.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هاتف فيه متصفح إنترنت",
                                "رسالة أو منشور أو فيديو شككتم فيه مؤخرًا",
                                "دقيقتان أو ثلاث من الانتباه",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "توقّفوا وانتبهوا لردّ فعلكم",
                                    "body": "<p>قبل المشاركة، اسألوا أنفسكم: بماذا تشعرني هذه الرسالة؟ فإن كنتم "
                                    "غاضبين أو خائفين أو متحمسين، فهذه إشارة إلى التمهّل لا إلى الإسراع في النشر. "
                                    "واسألوا أيضًا: هل أعرف هذا المصدر؟ فإن لم تعرفوه فلا تنشروا بعد.</p>",
                                },
                                {
                                    "title": "اعرفوا من نشرها",
                                    "body": "<p>انظروا إلى اسم الحساب أو الموقع. وعلى وسائل التواصل افتحوا الملف "
                                    "الشخصي: متى أُنشئ؟ وماذا ينشر غير ذلك؟ وهل يذكر من يديره؟ فصفحة باسم «أخبار "
                                    "العراق العاجلة» قد يديرها أي شخص.</p>",
                                },
                                {
                                    "title": "اقرؤوا قراءة جانبية",
                                    "body": "<p>افتحوا نافذة جديدة وابحثوا عن اسم الصفحة أو الموقع أو الشخص، مع "
                                    "كلمات مثل «مالك» أو «مزيف» أو «تدقيق». وانظروا ماذا تقول عنه مصادر مستقلة، "
                                    "كوسائل الإعلام المعروفة أو ويكيبيديا أو منصات تدقيق المعلومات.</p>",
                                },
                                {
                                    "title": "قرّروا هل يستحق المصدر الثقة في هذا الموضوع",
                                    "body": "<p>قد تكون صفحة طبيب مصدرًا جيدًا عن اللقاحات لا عن الانتخابات، وقد "
                                    "تكون قناة حزب دقيقة في أخبار نشاطاتها ومنحازة حين تتحدث عن خصومها. فاسألوا: "
                                    "هل لدى هذا المصدر المعرفة والاستقلالية ليخبرني بهذا؟</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>احذروا خاصةً من لقطات شاشة لـ«أخبار» بلا رابط، والرسائل الصوتية المحوّلة "
                            "المنسوبة إلى «طبيب» أو «ضابط» مجهول الاسم، والصفحات التي ظهرت حديثًا ولديها مع ذلك "
                            "أعداد هائلة من المتابعين.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>التوقف لا يعني التجاهل. فإن كان التحذير قد يمسّ السلامة، كإغلاق طريق، "
                            "فتحققوا منه سريعًا عبر صفحة رسمية أو شخص محلي موثوق بدل تحويله دون تفكير.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تشاركوا",
                            "items": [
                                "انتبهت إلى الشعور الذي أثارته الرسالة فيّ",
                                "أعرف أول من نشرها، أو أعرف أنني لا أعرف",
                                "بحثت عن المصدر في نافذة جديدة",
                                "تقول مصادر مستقلة إن هذا المصدر موثوق في هذا الموضوع",
                                "ليست مجرد لقطة شاشة أو رسالة صوتية مجهولة الأصل",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "نشرت صفحة لم تسمعوا بها من قبل: «عاجل! إلغاء امتحانات الغد، انشروها لكل "
                            "الطلاب!». ما أفضل خطوة أولى؟",
                            "choices": [
                                {
                                    "text": "ننشرها بسرعة، فالطلاب يحتاجون إلى المعرفة في الوقت المناسب.",
                                    "correct": False,
                                    "explanation": "الإلحاح هو بالضبط ما ينشر الرسائل الكاذبة. وإن كانت خاطئة "
                                    "فستزيدون البلبلة لدى آلاف الأسر.",
                                },
                                {
                                    "text": "نتوقف، ثم نتحقق من الصفحة الرسمية للوزارة أو من وسيلة إعلام موثوقة قبل "
                                    "النشر.",
                                    "correct": True,
                                    "explanation": "قرار كهذا تعلنه الوزارة. فإن لم تجدوه هناك أو في الأخبار "
                                    "الموثوقة فعاملوه على أنه غير مؤكد.",
                                },
                                {
                                    "text": "نحكم عليها بحسب مظهر الصفحة الاحترافي.",
                                    "correct": False,
                                    "explanation": "يستطيع أي شخص أن يجعل صفحته تبدو احترافية. والبحث عمّا يقوله "
                                    "الآخرون عن الصفحة أجدى بكثير.",
                                },
                                {
                                    "text": "ننشرها مع ملاحظة تقول «لست متأكدًا من صحتها».",
                                    "correct": False,
                                    "explanation": "إضافة الشك لا توقف انتشار الرسالة، فكثيرون يقرؤون الادعاء "
                                    "وحده ثم يحوّلونه.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        {
            "slug": "find-better-coverage-and-trace",
            "minutes": 25,
            "en": {
                "title": "Find better coverage and trace claims to the original",
                "summary": (
                    "Check whether reliable outlets report the same thing, look for existing fact-checks, and follow "
                    "a quote or statistic back to where it first appeared."
                ),
                "body": [
                    (
                        "text",
                        "<p>Sometimes you do not need to judge the source at all. If a claim is true and important, "
                        "reliable outlets will usually be reporting it too. Finding better coverage is often faster "
                        "than investigating one unknown page.</p>"
                        "<p>Many misleading posts are not completely invented. A real quote is cut in the middle, a "
                        "real statistic comes from another country, or an old report is shared as if it were new. "
                        "Tracing the claim back to where it first appeared shows you what was really said, when and "
                        "in what context.</p>"
                        "<p>For example, a post claims that “the ministry announced salaries will be cut by 30%”. "
                        "Tracing it might lead you to a statement from two years ago about a proposal that was never "
                        "adopted.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A phone or computer with a search engine",
                                "A claim, quote or statistic you want to check",
                                "Two or three news sources you trust, ideally with different points of view",
                                "Google Fact Check Explorer or fact-checking sites that cover your region",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Search for the claim, not the post",
                                    "body": "<p>Type the key facts into a search engine in your own words, in Arabic "
                                    "and in English or Kurdish. Look at the news results. Are trusted outlets "
                                    "reporting it, and do they say the same thing?</p>",
                                },
                                {
                                    "title": "Look for existing fact-checks",
                                    "body": "<p>Add words such as “fact check”, “fake” or “misleading” to your "
                                    "search, in Arabic or English, or search in Google Fact Check Explorer. "
                                    "Fact-checkers often cover viral claims quickly, especially during elections and "
                                    "crises.</p>",
                                },
                                {
                                    "title": "Find the original",
                                    "body": "<p>Follow links back to the first source: the full speech, the official "
                                    "statement, the study. If there are no links, put an exact phrase between "
                                    "quotation marks and search for it. Read what comes before and after the "
                                    "quote.</p>",
                                },
                                {
                                    "title": "Check the date and the context",
                                    "body": "<p>When was it first published? Is it about Iraq or another country? "
                                    "Was it a decision, a proposal or a rumour? Many false posts are old news "
                                    "recycled at a tense moment.</p>",
                                },
                                {
                                    "title": "Decide, and say what you found",
                                    "body": "<p>Decide whether the claim is confirmed, false, misleading or not yet "
                                    "known. If you cannot confirm it, say so. “We don’t know yet” is an honest and "
                                    "useful answer.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>A claim repeated by many pages is not more likely to be true. Often dozens "
                            "of pages copy one original post. Count independent sources, not copies.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Keep a short list of sources you trust on different subjects: the official "
                            "pages of key ministries and directorates, two or three established news outlets and a "
                            "fact-checking team that works in Arabic. Checking becomes much faster.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Is the claim solid?",
                            "items": [
                                "Reliable outlets are reporting the same thing",
                                "I looked for an existing fact-check",
                                "I read the original statement, study or speech",
                                "The date and place match the claim",
                                "I know whether it was a decision, a proposal or a rumour",
                                "If I could not confirm it, I said so",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A post quotes a minister as saying ‘we will cut electricity to the south’. "
                            "You find the full interview. What should you check?",
                            "choices": [
                                {
                                    "text": "Only whether the minister’s name is spelled correctly.",
                                    "correct": False,
                                    "explanation": "Spelling tells you nothing about accuracy. The meaning depends "
                                    "on the full quote and its context.",
                                },
                                {
                                    "text": "What the minister said before and after the quote, and when the "
                                    "interview took place.",
                                    "correct": True,
                                    "explanation": "A cut quote can reverse the meaning. The minister may have been "
                                    "describing a rumour and then denying it, or speaking years ago.",
                                },
                                {
                                    "text": "How many times the post has been shared.",
                                    "correct": False,
                                    "explanation": "Popularity is not proof. False claims often travel faster than "
                                    "true ones.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Google Fact Check Explorer",
                            "description": "A free search engine for fact-checks published by fact-checking teams "
                            "around the world, including in Arabic. Search a claim or upload an image.",
                            "url": "https://toolbox.google.com/factcheck/explorer",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "ابحثوا عن تغطية أفضل وتتبّعوا الادعاء إلى أصله",
                "summary": (
                    "تحققوا هل تنقل وسائل إعلام موثوقة الخبر نفسه، وابحثوا عن تدقيقات سابقة، وتتبّعوا الاقتباس أو "
                    "الرقم إلى المكان الذي ظهر فيه أول مرة."
                ),
                "body": [
                    (
                        "text",
                        "<p>أحيانًا لا تحتاجون إلى الحكم على المصدر أصلًا. فإن كان الادعاء صحيحًا ومهمًا، فالأرجح "
                        "أن وسائل الإعلام الموثوقة تنقله أيضًا. والبحث عن تغطية أفضل أسرع في الغالب من التحقيق في "
                        "صفحة مجهولة.</p>"
                        "<p>وكثير من المنشورات المضللة ليست مختلقة بالكامل: اقتباس حقيقي مبتور من وسطه، أو رقم حقيقي "
                        "مأخوذ من بلد آخر، أو تقرير قديم يُتداول كأنه جديد. وتتبّع الادعاء إلى أول ظهور له يكشف لكم "
                        "ما قيل فعلًا، ومتى، وفي أي سياق.</p>"
                        "<p>مثال ذلك منشور يزعم أن «الوزارة أعلنت خفض الرواتب بنسبة 30%». وقد يقودكم التتبّع إلى "
                        "تصريح عمره سنتان عن مقترح لم يُعتمد قط.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هاتف أو حاسوب فيه محرك بحث",
                                "ادعاء أو اقتباس أو رقم تريدون التحقق منه",
                                "مصدران أو ثلاثة تثقون بها، ويُفضَّل أن تمثل وجهات نظر مختلفة",
                                "أداة Google Fact Check Explorer أو منصات تدقيق تغطي منطقتكم",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "ابحثوا عن الادعاء لا عن المنشور",
                                    "body": "<p>اكتبوا الوقائع الأساسية في محرك البحث بكلماتكم، بالعربية ثم "
                                    "بالإنجليزية أو الكردية، وانظروا في نتائج الأخبار: هل تنقله وسائل إعلام "
                                    "موثوقة؟ وهل تقول الشيء نفسه؟</p>",
                                },
                                {
                                    "title": "ابحثوا عن تدقيقات سابقة",
                                    "body": "<p>أضيفوا إلى بحثكم كلمات مثل «تدقيق» أو «زائف» أو «مضلل»، بالعربية أو "
                                    "بالإنجليزية، أو ابحثوا في Google Fact Check Explorer. فمدققو المعلومات "
                                    "يتناولون الادعاءات الرائجة بسرعة، ولا سيما في الانتخابات والأزمات.</p>",
                                },
                                {
                                    "title": "اعثروا على الأصل",
                                    "body": "<p>اتبعوا الروابط حتى المصدر الأول: الخطاب الكامل، أو البيان الرسمي، "
                                    "أو الدراسة. وإن لم توجد روابط فضعوا عبارة بعينها بين علامتي تنصيص وابحثوا "
                                    "عنها، ثم اقرؤوا ما قبل الاقتباس وما بعده.</p>",
                                },
                                {
                                    "title": "تحققوا من التاريخ والسياق",
                                    "body": "<p>متى نُشر أول مرة؟ وهل يتعلق بالعراق أم ببلد آخر؟ وهل كان قرارًا أم "
                                    "مقترحًا أم إشاعة؟ فكثير من المنشورات الكاذبة أخبار قديمة يُعاد تدويرها في "
                                    "لحظة توتر.</p>",
                                },
                                {
                                    "title": "احكموا، وقولوا ما وجدتموه",
                                    "body": "<p>قرّروا هل الادعاء مؤكد، أم كاذب، أم مضلل، أم غير معروف بعد. وإن لم "
                                    "تستطيعوا تأكيده فقولوا ذلك، فعبارة «لا نعرف بعد» جواب صادق ومفيد.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>تكرار الادعاء في صفحات كثيرة لا يجعله أقرب إلى الصحة، فكثيرًا ما تنسخ "
                            "عشرات الصفحات منشورًا أصليًا واحدًا. احسبوا المصادر المستقلة لا النسخ.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>احتفظوا بقائمة قصيرة بمصادر تثقون بها في مواضيع مختلفة: الصفحات الرسمية "
                            "لأهم الوزارات والمديريات، ووسيلتان أو ثلاث من وسائل الإعلام الراسخة، وفريق تدقيق "
                            "يعمل بالعربية. سيصبح التحقق أسرع بكثير.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "هل الادعاء متين؟",
                            "items": [
                                "وسائل إعلام موثوقة تنقل الشيء نفسه",
                                "بحثت عن تدقيق سابق",
                                "قرأت البيان أو الدراسة أو الخطاب الأصلي",
                                "التاريخ والمكان يطابقان الادعاء",
                                "أعرف هل كان قرارًا أم مقترحًا أم إشاعة",
                                "إن لم أستطع التأكد منه قلت ذلك",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "منشور ينسب إلى وزير قوله: «سنقطع الكهرباء عن الجنوب». وجدتم المقابلة "
                            "كاملة. بماذا تتحققون؟",
                            "choices": [
                                {
                                    "text": "بصحة كتابة اسم الوزير فقط.",
                                    "correct": False,
                                    "explanation": "الإملاء لا يخبركم شيئًا عن الدقة. فالمعنى يتوقف على الاقتباس "
                                    "الكامل وسياقه.",
                                },
                                {
                                    "text": "بما قاله الوزير قبل الاقتباس وبعده، وبتاريخ إجراء المقابلة.",
                                    "correct": True,
                                    "explanation": "الاقتباس المبتور قد يقلب المعنى. فربما كان الوزير يصف إشاعة ثم "
                                    "ينفيها، أو كان يتحدث قبل سنوات.",
                                },
                                {
                                    "text": "بعدد مرات مشاركة المنشور.",
                                    "correct": False,
                                    "explanation": "الانتشار ليس دليلًا، فالادعاءات الكاذبة كثيرًا ما تنتشر أسرع "
                                    "من الصحيحة.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Google Fact Check Explorer",
                            "description": "محرك بحث مجاني في التدقيقات التي تنشرها فرق تدقيق المعلومات حول العالم، "
                            "ومنها فرق عربية. ابحثوا عن ادعاء أو ارفعوا صورة.",
                            "url": "https://toolbox.google.com/factcheck/explorer",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "check-photos-and-videos",
            "minutes": 25,
            "en": {
                "title": "Check photos and videos",
                "summary": (
                    "Use free reverse image search, still frames from videos and clues about place and time to spot "
                    "real pictures shared in a false context."
                ),
                "body": [
                    (
                        "text",
                        "<p>Photos and videos feel like proof, which is why they are so often misused. The most common "
                        "trick is not a clever fake made with editing software. It is a real picture from another "
                        "time or place, presented as something happening now: a flood from years ago shared as "
                        "today’s storm, or a protest in another country labelled as one in Basra.</p>"
                        "<p>You can catch many of these with free tools on your phone. A reverse image search shows "
                        "where else a picture has appeared online, and often when it first appeared. For a video, you "
                        "search still frames from it in the same way, then check the place and date using clues "
                        "inside the picture.</p>"
                        "<p>AI tools can now create realistic images and voices. Tell-tale signs such as strange hands "
                        "or garbled text used to help, but they are disappearing. Checking the source and the context "
                        "matters more than ever.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A phone with Google Lens, in the Google app or Chrome, or a browser to open TinEye",
                                "A screenshot or saved copy of the image or video frame",
                                "Optional: a computer with Chrome or Firefox and the free InVID-WeVerify plugin",
                                "A map app with satellite view",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Run a reverse image search",
                                    "body": "<p>In the Google app, tap the camera (Lens) icon and choose the image "
                                    "from your gallery, or upload it at tineye.com. On TinEye, sort the results to "
                                    "show the oldest first. If the same picture appeared years ago, it is not from "
                                    "today’s event.</p>",
                                },
                                {
                                    "title": "Turn a video into still images",
                                    "body": "<p>Take screenshots of two or three clear moments, especially ones "
                                    "showing buildings, signs or well-known people. Search each screenshot. On a "
                                    "computer, the InVID-WeVerify plugin can pull out key frames for you.</p>",
                                },
                                {
                                    "title": "Check the place",
                                    "body": "<p>Look for clues: shop signs, language and dialect, number plates, "
                                    "mountains, minarets, bridges. Compare them with the satellite view in a map app "
                                    "or with other photos of the place. Could this really be the city the post "
                                    "names?</p>",
                                },
                                {
                                    "title": "Check the time",
                                    "body": "<p>Look at the weather, clothing and shadows. Does a video said to be "
                                    "from today show heavy rain in the middle of an Iraqi summer? Find out when it "
                                    "was first posted, and whether news from that date describes the same "
                                    "event.</p>",
                                },
                                {
                                    "title": "Look for the person who first posted it",
                                    "body": "<p>Try to find who filmed or first shared it. The original post often "
                                    "gives the real date, place and context, and sometimes you can contact the person "
                                    "to confirm.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Do not share graphic images or videos widely, even to debunk them. They can "
                            "traumatise viewers and hurt victims’ families. Describe them in words instead, and link "
                            "to a fact-check if there is one.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Different search engines find different matches. If Google Lens finds "
                            "nothing, try TinEye or Bing Visual Search before you give up. Cropping the image to its "
                            "most distinctive part can also help.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you trust an image",
                            "items": [
                                "I ran at least one reverse image search",
                                "I checked for older copies of the same picture",
                                "Clues in the picture match the place named",
                                "Weather, clothing and shadows match the time claimed",
                                "I looked for the person who first posted it",
                                "I did not spread graphic content to debunk it",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A video of a flooded street is shared as ‘Erbil this morning’. A reverse "
                            "search finds the same video posted three years ago with another city named. What can you "
                            "conclude?",
                            "choices": [
                                {
                                    "text": "The video is fake and the flood never happened.",
                                    "correct": False,
                                    "explanation": "The flood may well be real. The problem is the context: it is an "
                                    "old video from another place, presented as new.",
                                },
                                {
                                    "text": "The video is being shared with a false date and place, so the post is "
                                    "misleading.",
                                    "correct": True,
                                    "explanation": "Exactly. Real footage in a false context is one of the most "
                                    "common forms of misinformation.",
                                },
                                {
                                    "text": "It could still be Erbil this morning, because floods look alike.",
                                    "correct": False,
                                    "explanation": "An identical video posted three years ago cannot have been "
                                    "filmed this morning.",
                                },
                                {
                                    "text": "You cannot conclude anything without expensive tools.",
                                    "correct": False,
                                    "explanation": "A free reverse image search was enough to show that the post is "
                                    "misleading.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "InVID-WeVerify verification plugin",
                            "description": "A free browser plugin for Chrome and Firefox, used by journalists to "
                            "split videos into key frames, run reverse image searches and read file metadata.",
                            "url": "https://www.invid-project.eu/tools-and-services/invid-verification-plugin/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "تحققوا من الصور والفيديوهات",
                "summary": (
                    "استعملوا البحث العكسي المجاني عن الصور، واللقطات الثابتة من الفيديو، ودلائل المكان والزمان، "
                    "لكشف الصور الحقيقية التي تُنشر في سياق كاذب."
                ),
                "body": [
                    (
                        "text",
                        "<p>تبدو الصور والفيديوهات كأنها دليل قاطع، ولهذا يكثر استغلالها. وأشيع الحيل ليست تزييفًا "
                        "بارعًا ببرامج التعديل، بل صورة حقيقية من زمان أو مكان آخر تُقدَّم على أنها تحدث الآن: فيضان "
                        "من سنوات مضت يُنشر على أنه عاصفة اليوم، أو احتجاج في بلد آخر يُقدَّم على أنه في البصرة.</p>"
                        "<p>ويمكنكم كشف كثير من ذلك بأدوات مجانية على الهاتف. فالبحث العكسي عن الصور يبيّن أين ظهرت "
                        "الصورة من قبل على الإنترنت، ومتى ظهرت أول مرة في الغالب. أما الفيديو فتبحثون عن لقطات ثابتة "
                        "منه بالطريقة نفسها، ثم تتحققون من المكان والتاريخ بدلائل داخل الصورة.</p>"
                        "<p>صارت أدوات الذكاء الاصطناعي قادرة على توليد صور وأصوات واقعية. وكانت علامات مثل الأيدي "
                        "الغريبة أو الكتابة المشوّهة تساعد في كشفها، لكنها تختفي تدريجيًا. لذا صار فحص المصدر والسياق "
                        "أهم من أي وقت مضى.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "هاتف فيه Google Lens، ضمن تطبيق Google أو متصفح Chrome، أو متصفح لفتح موقع TinEye",
                                "لقطة شاشة أو نسخة محفوظة من الصورة أو من لقطة الفيديو",
                                "اختياريًا: حاسوب فيه Chrome أو Firefox مع إضافة InVID-WeVerify المجانية",
                                "تطبيق خرائط يعرض صور الأقمار الصناعية",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "أجروا بحثًا عكسيًا عن الصورة",
                                    "body": "<p>في تطبيق Google اضغطوا أيقونة الكاميرا (Lens) واختاروا الصورة من "
                                    "معرض الصور، أو ارفعوها على موقع tineye.com. وفي TinEye رتّبوا النتائج من "
                                    "الأقدم. فإن ظهرت الصورة نفسها قبل سنوات فهي ليست من حدث اليوم.</p>",
                                },
                                {
                                    "title": "حوّلوا الفيديو إلى صور ثابتة",
                                    "body": "<p>خذوا لقطات شاشة لمشهدين أو ثلاثة واضحة، ولا سيما التي تظهر فيها "
                                    "مبانٍ أو لافتات أو شخصيات معروفة، وابحثوا عن كل لقطة. وعلى الحاسوب تستطيع "
                                    "إضافة InVID-WeVerify استخراج المشاهد الرئيسة نيابة عنكم.</p>",
                                },
                                {
                                    "title": "تحققوا من المكان",
                                    "body": "<p>ابحثوا عن دلائل: لافتات المحال، واللغة واللهجة، ولوحات السيارات، "
                                    "والجبال، والمآذن، والجسور. قارنوها بصور الأقمار الصناعية في تطبيق الخرائط أو "
                                    "بصور أخرى للمكان. هل يمكن أن تكون هذه حقًا المدينة التي يذكرها المنشور؟</p>",
                                },
                                {
                                    "title": "تحققوا من الزمان",
                                    "body": "<p>انظروا إلى الطقس والملابس والظلال. هل يُظهر فيديو يُقال إنه من اليوم "
                                    "مطرًا غزيرًا في عزّ الصيف العراقي؟ واعرفوا متى نُشر أول مرة، وهل تصف أخبار ذلك "
                                    "التاريخ الحدث نفسه.</p>",
                                },
                                {
                                    "title": "ابحثوا عن أول من نشره",
                                    "body": "<p>حاولوا معرفة من صوّر المقطع أو نشره أولًا. فالمنشور الأصلي كثيرًا ما "
                                    "يذكر التاريخ والمكان والسياق الحقيقي، وأحيانًا يمكنكم التواصل مع صاحبه "
                                    "للتأكد.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>لا تنشروا الصور أو المقاطع الصادمة على نطاق واسع، ولو بقصد تفنيدها، فقد "
                            "تسبب صدمة للمشاهدين وتؤذي أسر الضحايا. صِفوها بالكلمات، وأرفقوا رابط التدقيق إن "
                            "وُجد.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>محركات البحث المختلفة تجد نتائج مختلفة. فإن لم يجد Google Lens شيئًا فجرّبوا "
                            "TinEye أو Bing Visual Search قبل أن تستسلموا. وقد يفيد أيضًا قصّ الصورة والإبقاء على "
                            "أكثر أجزائها تميزًا.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تثقوا بصورة",
                            "items": [
                                "أجريت بحثًا عكسيًا واحدًا على الأقل",
                                "بحثت عن نسخ أقدم من الصورة نفسها",
                                "الدلائل في الصورة تطابق المكان المذكور",
                                "الطقس والملابس والظلال تطابق الزمان المزعوم",
                                "بحثت عن أول من نشرها",
                                "لم أنشر محتوى صادمًا بحجة تفنيده",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "يُتداول فيديو لشارع غارق بالمياه على أنه «أربيل هذا الصباح». وكشف البحث "
                            "العكسي أن الفيديو نفسه نُشر قبل ثلاث سنوات باسم مدينة أخرى. ماذا تستنتجون؟",
                            "choices": [
                                {
                                    "text": "الفيديو مزيف والفيضان لم يحدث أصلًا.",
                                    "correct": False,
                                    "explanation": "قد يكون الفيضان حقيقيًا. المشكلة في السياق: فيديو قديم من مكان "
                                    "آخر يُقدَّم على أنه جديد.",
                                },
                                {
                                    "text": "الفيديو يُتداول بتاريخ ومكان غير صحيحين، فالمنشور مضلل.",
                                    "correct": True,
                                    "explanation": "بالضبط. فاللقطات الحقيقية في سياق كاذب من أكثر أشكال التضليل "
                                    "شيوعًا.",
                                },
                                {
                                    "text": "قد يكون من أربيل هذا الصباح، فالفيضانات تتشابه.",
                                    "correct": False,
                                    "explanation": "فيديو مطابق نُشر قبل ثلاث سنوات لا يمكن أن يكون قد صُوّر هذا الصباح.",
                                },
                                {
                                    "text": "لا يمكن استنتاج شيء دون أدوات باهظة الثمن.",
                                    "correct": False,
                                    "explanation": "كفى بحث عكسي مجاني عن الصور لإثبات أن المنشور مضلل.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "إضافة التحقق InVID-WeVerify",
                            "description": "إضافة مجانية لمتصفحي Chrome وFirefox يستعملها الصحفيون لتقطيع "
                            "الفيديوهات إلى مشاهد رئيسة، وإجراء البحث العكسي عن الصور، وقراءة البيانات الوصفية "
                            "للملفات.",
                            "url": "https://www.invid-project.eu/tools-and-services/invid-verification-plugin/",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "correct-kindly-and-prebunk",
            "minutes": 20,
            "en": {
                "title": "Correct rumours kindly and prebunk the next one",
                "summary": (
                    "Correct false messages in family and community groups without shaming anyone or spreading the "
                    "claim further, and help people recognise manipulation tricks before they meet them."
                ),
                "body": [
                    (
                        "text",
                        "<p>Sooner or later, a false message will arrive in your family or neighbourhood WhatsApp "
                        "group, often from someone you love and respect. Correcting it in public with a sharp “this "
                        "is fake!” can embarrass them and make them defend the claim even harder.</p>"
                        "<p>There are better ways. Talk privately first, show curiosity instead of judgement, and "
                        "give a clear, true alternative. When you correct, lead with the fact, not the myth, so that "
                        "you repeat the false claim as little as possible.</p>"
                        "<p>Better still is prebunking: warning people about manipulation tricks before they meet "
                        "them. Research suggests that people who know common tricks, such as fake urgency, fake "
                        "experts and recycled photos, are less likely to be fooled later.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "The false message and a reliable source that corrects it",
                                "A few minutes and a calm moment",
                                "Optional: a short, friendly image or voice note with a tip you can share",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Start privately and with respect",
                                    "body": "<p>Send a private message to the person who shared it. Thank them for "
                                    "caring about the family’s safety, then say you found something different. "
                                    "People accept corrections more easily when they do not lose face.</p>",
                                },
                                {
                                    "title": "Lead with the fact",
                                    "body": "<p>Use a “truth sandwich”:</p><ul><li>Start with the true "
                                    "information</li><li>Mention the false claim briefly, once</li><li>Explain why "
                                    "it is wrong, with a source</li><li>End by repeating the true "
                                    "information</li></ul>",
                                },
                                {
                                    "title": "Correct in the group without naming anyone",
                                    "body": "<p>If the message has spread widely, post a short note in the group: "
                                    "“About the message on cancelled exams: the ministry says exams go ahead as "
                                    "planned. Here is its announcement.” Do not name or blame the person who shared "
                                    "it.</p>",
                                },
                                {
                                    "title": "Do not amplify the false claim",
                                    "body": "<p>Do not forward the false image or video again, even to say it is "
                                    "fake, and avoid commenting on the original public post, because comments help "
                                    "it spread. Describe it in words and share the correction instead.</p>",
                                },
                                {
                                    "title": "Prebunk the next rumour",
                                    "body": "<p>Before big moments such as elections, exams or crises, share short, "
                                    "friendly tips about common tricks. For example: “If a message says ‘share "
                                    "before they delete it’, be careful. Real news does not disappear.”</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Ask questions instead of arguing: “Where did this come from?” or “Has the "
                            "ministry said this?” Questions help people check for themselves, and that habit lasts "
                            "longer than any single correction.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>WhatsApp labels messages that have been forwarded many times with a double "
                            "arrow. The label does not prove a message is false, but it tells you the original source "
                            "is far away. Treat it as a reason to check.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Correcting well",
                            "items": [
                                "I checked the facts and have a reliable source",
                                "I contacted the person privately first",
                                "My correction starts and ends with the true information",
                                "I did not forward the false content again",
                                "No one was named or shamed in the group",
                                "I shared a prebunking tip for next time",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Your uncle shares a false health rumour in the family group. What is the "
                            "best response?",
                            "choices": [
                                {
                                    "text": "Reply in the group: ‘This is nonsense, uncle, stop spreading fake news.’",
                                    "correct": False,
                                    "explanation": "Public shaming can make him defend the rumour and stop "
                                    "listening. It can also damage family relations.",
                                },
                                {
                                    "text": "Message him privately, thank him for caring, and share the correct "
                                    "information with a trusted source.",
                                    "correct": True,
                                    "explanation": "This protects his dignity and gives him an easy way to correct "
                                    "the message himself.",
                                },
                                {
                                    "text": "Forward the rumour to other groups with the word FAKE on it.",
                                    "correct": False,
                                    "explanation": "This carries the false claim to new people, and many will "
                                    "remember the claim but forget the label.",
                                },
                                {
                                    "text": "Ignore it, because it is only a family group.",
                                    "correct": False,
                                    "explanation": "Family groups are where many people get their health news. A "
                                    "kind, private correction can protect relatives from real harm.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Inoculation theory (Wikipedia)",
                            "description": "Background on the research behind prebunking: how warning people about "
                            "manipulation in advance can make them more resistant to it.",
                            "url": "https://en.wikipedia.org/wiki/Inoculation_theory",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "صحّحوا الشائعات بلطف، واسبقوا الشائعة التالية",
                "summary": (
                    "صحّحوا الرسائل الكاذبة في المجموعات العائلية والمحلية دون إحراج أحد أو زيادة انتشار الادعاء، "
                    "وساعدوا الناس على تمييز حيل التضليل قبل أن تصادفهم."
                ),
                "body": [
                    (
                        "text",
                        "<p>عاجلًا أو آجلًا ستصل رسالة كاذبة إلى مجموعة العائلة أو الحي على واتساب، وكثيرًا ما "
                        "يرسلها شخص تحبونه وتحترمونه. والتصحيح العلني الحاد بعبارة «هذا كذب!» قد يُحرجه ويدفعه إلى "
                        "الدفاع عن الادعاء بعناد أكبر.</p>"
                        "<p>وهناك طرق أفضل: ابدؤوا بحديث خاص، وأظهروا الفضول بدل إصدار الأحكام، وقدّموا بديلًا "
                        "صحيحًا وواضحًا. وحين تصحّحون، ابدؤوا بالحقيقة لا بالخرافة، كي لا تكرروا الادعاء الكاذب "
                        "إلا بأقل قدر ممكن.</p>"
                        "<p>والأفضل من ذلك «التحصين المسبق»: تنبيه الناس إلى حيل التضليل قبل أن يصادفوها. وتشير "
                        "الأبحاث إلى أن من يعرفون الحيل الشائعة، كالإلحاح المصطنع والخبراء المزيفين والصور المعاد "
                        "تدويرها، أقل عرضة للانخداع لاحقًا.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "الرسالة الكاذبة ومصدر موثوق يصحّحها",
                                "بضع دقائق ولحظة هدوء",
                                "اختياريًا: صورة قصيرة لطيفة أو رسالة صوتية فيها نصيحة يمكنكم مشاركتها",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "ابدؤوا بحديث خاص ومحترم",
                                    "body": "<p>أرسلوا رسالة خاصة إلى من نشرها. اشكروه على حرصه على سلامة العائلة، "
                                    "ثم قولوا إنكم وجدتم معلومة مختلفة. فالناس يتقبلون التصحيح أسهل حين لا يُحرَجون "
                                    "أمام الآخرين.</p>",
                                },
                                {
                                    "title": "ابدؤوا بالحقيقة",
                                    "body": "<p>استعملوا «شطيرة الحقيقة»:</p><ul><li>ابدؤوا بالمعلومة "
                                    "الصحيحة</li><li>اذكروا الادعاء الكاذب باختصار ومرة واحدة</li><li>اشرحوا سبب "
                                    "خطئه مع ذكر المصدر</li><li>اختموا بتكرار المعلومة الصحيحة</li></ul>",
                                },
                                {
                                    "title": "صحّحوا في المجموعة دون تسمية أحد",
                                    "body": "<p>إن انتشرت الرسالة على نطاق واسع، فاكتبوا ملاحظة قصيرة في المجموعة: "
                                    "«بخصوص رسالة إلغاء الامتحانات: تقول الوزارة إن الامتحانات قائمة في موعدها، "
                                    "وهذا إعلانها». ولا تسمّوا من نشرها ولا تلوموه.</p>",
                                },
                                {
                                    "title": "لا تضخّموا الادعاء الكاذب",
                                    "body": "<p>لا تعيدوا إرسال الصورة أو الفيديو الكاذب، ولو لتقولوا إنه مزيف، "
                                    "وتجنبوا التعليق على المنشور الأصلي العام، لأن التعليقات تزيد انتشاره. صِفوه "
                                    "بالكلمات وشاركوا التصحيح بدلًا منه.</p>",
                                },
                                {
                                    "title": "حصّنوا الناس من الشائعة التالية",
                                    "body": "<p>قبل المناسبات الكبرى كالانتخابات والامتحانات والأزمات، شاركوا نصائح "
                                    "قصيرة ولطيفة عن الحيل الشائعة. مثلًا: «إذا قالت لك رسالة: انشرها قبل أن "
                                    "يحذفوها، فاحذر. الأخبار الحقيقية لا تختفي».</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اسألوا بدل أن تجادلوا: «من أين جاءت هذه الرسالة؟» أو «هل قالت الوزارة "
                            "ذلك؟». فالأسئلة تساعد الناس على التحقق بأنفسهم، وهذه العادة تدوم أطول من أي تصحيح "
                            "منفرد.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>يضع واتساب علامة سهمين على الرسائل التي حُوّلت مرات كثيرة. هذه العلامة لا "
                            "تثبت أن الرسالة كاذبة، لكنها تخبركم أن مصدرها الأصلي بعيد، فاجعلوها سببًا للتحقق.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "تصحيح جيد",
                            "items": [
                                "تحققت من الوقائع ولديّ مصدر موثوق",
                                "تواصلت مع الشخص على انفراد أولًا",
                                "تصحيحي يبدأ بالمعلومة الصحيحة وينتهي بها",
                                "لم أُعِد إرسال المحتوى الكاذب",
                                "لم أسمِّ أحدًا ولم أُحرجه في المجموعة",
                                "شاركت نصيحة تحصين للمرة القادمة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "نشر عمّكم إشاعة صحية كاذبة في مجموعة العائلة. ما أفضل رد؟",
                            "choices": [
                                {
                                    "text": "الرد في المجموعة: «هذا كلام فارغ يا عمّي، توقف عن نشر الأخبار الكاذبة».",
                                    "correct": False,
                                    "explanation": "الإحراج العلني قد يدفعه إلى الدفاع عن الإشاعة والكفّ عن "
                                    "الإصغاء، وقد يسيء إلى العلاقات العائلية.",
                                },
                                {
                                    "text": "مراسلته على انفراد، وشكره على حرصه، ومشاركة المعلومة الصحيحة مع مصدر "
                                    "موثوق.",
                                    "correct": True,
                                    "explanation": "هكذا تحفظون كرامته وتمنحونه طريقة سهلة لتصحيح الرسالة بنفسه.",
                                },
                                {
                                    "text": "تحويل الإشاعة إلى مجموعات أخرى مع كلمة «مزيف».",
                                    "correct": False,
                                    "explanation": "بهذا تنقلون الادعاء الكاذب إلى أناس جدد، وكثير منهم سيتذكر "
                                    "الادعاء وينسى التنبيه.",
                                },
                                {
                                    "text": "تجاهلها، فهي مجرد مجموعة عائلية.",
                                    "correct": False,
                                    "explanation": "المجموعات العائلية هي المصدر الذي يستقي منه كثيرون أخبارهم "
                                    "الصحية. والتصحيح اللطيف الخاص قد يحمي أقاربكم من ضرر حقيقي.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "نظرية التحصين (ويكيبيديا، بالإنجليزية)",
                            "description": "خلفية عن الأبحاث التي يقوم عليها التحصين المسبق: كيف يجعل تنبيه الناس "
                            "مسبقًا إلى أساليب التلاعب أكثر مقاومة لها.",
                            "url": "https://en.wikipedia.org/wiki/Inoculation_theory",
                        },
                    ),
                ],
            },
        },
    ],
}
