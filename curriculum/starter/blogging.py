"""Starter module: Blogging for your cause."""

MODULE = {
    "slug": "blogging",
    "level": "beginner",
    "topics": ["digital-presence", "campaigns"],
    "tags": {
        "en": ["blog", "writing", "editorial calendar", "consent", "Creative Commons"],
        "ar": ["مدونة", "الكتابة", "التقويم التحريري", "الموافقة", "المشاع الإبداعي"],
    },
    "en": {
        "title": "Blogging for your cause",
        "summary": (
            "Use a blog to tell the stories behind your work, regularly and safely. Plan an editorial calendar, "
            "write posts that people finish on their phones, respect the people in your photos and share each post "
            "where your readers already are."
        ),
        "audience": (
            "Communication officers, volunteers and activists who want to publish regular stories about their cause, "
            "on their organisation's website or on a free blogging platform."
        ),
        "outcomes": [
            "Plan a realistic editorial calendar that your team can keep up for months.",
            "Write clear headlines and short, phone-friendly posts that people read to the end.",
            "Get informed consent before you photograph or quote people, and choose a licence for your content.",
            "Moderate comments fairly and share each post across platforms while your blog stays the original source.",
        ],
    },
    "ar": {
        "title": "التدوين من أجل قضيتك",
        "summary": (
            "اجعل المدونة منبراً يروي القصص التي تقف خلف عملك، بانتظام وأمان. خطّط تقويماً تحريرياً، واكتب تدوينات "
            "يكملها القراء على هواتفهم، واحترم من يظهرون في صورك، وانشر كل تدوينة حيث يوجد قراؤك أصلاً."
        ),
        "audience": (
            "مسؤولو الإعلام والمتطوعون والناشطون الذين يريدون نشر قصص منتظمة عن قضيتهم، على موقع منظمتهم أو على منصة "
            "تدوين مجانية."
        ),
        "outcomes": [
            "وضع تقويم تحريري واقعي يستطيع فريقك الالتزام به شهوراً.",
            "كتابة عناوين واضحة وتدوينات قصيرة تلائم الهاتف ويقرؤها الناس حتى النهاية.",
            "الحصول على الموافقة المستنيرة قبل تصوير الأشخاص أو نقل أقوالهم، واختيار رخصة لمحتواك.",
            "الإشراف على التعليقات بإنصاف، ونشر كل تدوينة عبر المنصات مع بقاء مدونتك المصدر الأصلي.",
        ],
    },
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "plan-your-blog",
            "minutes": 20,
            "en": {
                "title": "Plan a blog you can keep going",
                "summary": "Set one goal, choose a rhythm your team can keep and build a simple editorial calendar.",
                "body": [
                    (
                        "text",
                        "<p>A blog turns your daily work into stories: the training day in Kirkuk, the clean-up "
                        "campaign in Nasiriyah, the volunteer who kept a youth centre open through a hard winter. "
                        "Over time, these stories show donors, partners and your own community what you actually do, "
                        "and they give journalists something to quote.</p>"
                        "<p>Most organisational blogs go quiet within three months, usually because the plan was too "
                        "ambitious. Two good posts a month, every month, are worth more than ten posts in January and "
                        "silence after that. The tool that keeps you going is a simple editorial calendar.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A shared spreadsheet, or a paper planner on the office wall",
                                "A list of your activities and important dates for the next three months",
                                "One hour with the people who will write and take photos",
                                "A place to publish: a news section on your website or a free blog",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Decide why you are blogging",
                                    "body": "<p>Pick one main goal for the next six months, for example “show "
                                    "donors the results of our legal aid project” or “recruit 30 new volunteers in "
                                    "Duhok”. The goal tells you which stories to choose and which to skip.</p>",
                                },
                                {
                                    "title": "Choose a rhythm you can keep",
                                    "body": "<p>Count honestly how many hours your team has. If one person can "
                                    "write for three hours a week, plan two posts a month. You can always add more "
                                    "later, while cutting back feels like failure to readers and to the team.</p>",
                                },
                                {
                                    "title": "Build the calendar",
                                    "body": "<p>Make a spreadsheet with these columns:</p>"
                                    "<ul><li>Publication date</li>"
                                    "<li>Working title</li>"
                                    "<li>Writer and photographer</li>"
                                    "<li>Language: Arabic, Kurdish, English or several</li>"
                                    "<li>Status: idea, draft, in review, published</li></ul>",
                                },
                                {
                                    "title": "Mix different kinds of posts",
                                    "body": "<p>Alternate types so that readers do not get bored: a story about one "
                                    "person, a short how-to, an update with numbers, a look behind the scenes. Tie "
                                    "posts to dates that matter, such as International Women's Day on 8 March or "
                                    "the start of the school year.</p>",
                                },
                                {
                                    "title": "Add a review step",
                                    "body": "<p>Before anything is published, a second person checks it for facts, "
                                    "spelling and safety. Give the reviewer at least two days in the calendar, so "
                                    "that review does not become the reason posts are late.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Keep an “idea bank” tab in the same spreadsheet. Whenever someone says "
                            "“that would make a good story”, write it down there. In a busy week you will have ideas "
                            "ready.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Agree in advance which topics need extra care, such as detention, "
                            "gender-based violence or security incidents. Posts on these topics should be reviewed "
                            "by someone who understands the risks for the people involved.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Your calendar is ready when",
                            "items": [
                                "It covers the next three months",
                                "Every post has a named writer and a date",
                                "The rhythm matches the hours your team really has",
                                "There is a review step, with time set aside for it",
                                "Sensitive topics are marked for extra review",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A youth group in Duhok has one volunteer writer with about three hours a "
                            "week. Which plan is the most realistic?",
                            "choices": [
                                {
                                    "text": "Two posts a month, planned three months ahead",
                                    "correct": True,
                                    "explanation": "Right. This rhythm fits the time available and leaves room for "
                                    "review. The group can add more posts later if it finds extra help.",
                                },
                                {
                                    "text": "One post every day, to grow quickly",
                                    "correct": False,
                                    "explanation": "Daily posts would need far more than three hours a week. The "
                                    "volunteer would burn out and the blog would stop.",
                                },
                                {
                                    "text": "Write whenever inspiration comes",
                                    "correct": False,
                                    "explanation": "Without a plan, posts become rare and readers forget the blog. "
                                    "A calendar keeps the work steady.",
                                },
                                {
                                    "text": "Ten posts in the first week, then see what happens",
                                    "correct": False,
                                    "explanation": "A burst followed by silence tells readers the blog has been "
                                    "abandoned. A steady rhythm works better.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "خطّط لمدونة تستطيع الاستمرار فيها",
                "summary": "حدّد هدفاً واحداً، واختر وتيرة يقدر عليها فريقك، وابنِ تقويماً تحريرياً بسيطاً.",
                "body": [
                    (
                        "text",
                        "<p>المدونة تحوّل عملك اليومي إلى قصص: يوم التدريب في كركوك، وحملة التنظيف في الناصرية، "
                        "والمتطوعة التي أبقت مركز الشباب مفتوحاً طوال شتاء قاسٍ. ومع مرور الوقت تُري هذه القصص "
                        "المانحين والشركاء ومجتمعك نفسه ما تقومون به فعلاً، وتمنح الصحفيين مادة يقتبسون منها.</p>"
                        "<p>تصمت معظم مدونات المنظمات خلال ثلاثة أشهر، والسبب في الغالب خطة أكبر من الطاقة. "
                        "فتدوينتان جيدتان كل شهر، شهراً بعد شهر، خير من عشر تدوينات في كانون الثاني ثم صمت طويل. "
                        "والأداة التي تحفظ لكم هذا الإيقاع هي تقويم تحريري بسيط.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "جدول بيانات مشترك، أو لوحة تخطيط ورقية على جدار المكتب",
                                "قائمة بأنشطتكم والمواعيد المهمة في الأشهر الثلاثة المقبلة",
                                "ساعة مع من سيكتبون ويلتقطون الصور",
                                "مكان للنشر: قسم للأخبار في موقعكم أو مدونة مجانية",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "حدّد لماذا تدوّن",
                                    "body": "<p>اختر هدفاً رئيسياً واحداً للأشهر الستة المقبلة، مثل «أن نُطلع "
                                    "المانحين على نتائج مشروع المساعدة القانونية» أو «أن نستقطب 30 متطوعاً جديداً "
                                    "في دهوك». فالهدف يدلك على القصص التي تختارها وتلك التي تتركها.</p>",
                                },
                                {
                                    "title": "اختر وتيرة تقدر عليها",
                                    "body": "<p>احسب بصدق عدد الساعات المتاحة لفريقك. فإن كان شخص واحد يستطيع "
                                    "الكتابة ثلاث ساعات في الأسبوع فخطّط لتدوينتين في الشهر. يمكنك دائماً أن تزيد "
                                    "لاحقاً، أما التراجع فيبدو إخفاقاً في عيون القراء والفريق معاً.</p>",
                                },
                                {
                                    "title": "ابنِ التقويم",
                                    "body": "<p>أنشئ جدول بيانات فيه هذه الأعمدة:</p>"
                                    "<ul><li>تاريخ النشر</li>"
                                    "<li>العنوان المبدئي</li>"
                                    "<li>الكاتب والمصوّر</li>"
                                    "<li>اللغة: العربية أو الكردية أو الإنجليزية أو أكثر من لغة</li>"
                                    "<li>الحالة: فكرة، مسودة، قيد المراجعة، منشورة</li></ul>",
                                },
                                {
                                    "title": "نوّع التدوينات",
                                    "body": "<p>بدّل بين الأنواع كي لا يملّ القراء: قصة عن شخص واحد، ودليل قصير "
                                    "لعمل شيء ما، وتحديث بالأرقام، ونظرة إلى ما يجري خلف الكواليس. واربط التدوينات "
                                    "بالمناسبات المهمة، كاليوم الدولي للمرأة في 8 آذار أو بداية العام الدراسي.</p>",
                                },
                                {
                                    "title": "أضف خطوة للمراجعة",
                                    "body": "<p>قبل نشر أي شيء يراجعه شخص ثانٍ للتأكد من صحة المعلومات والإملاء "
                                    "والسلامة. وامنح المراجع يومين على الأقل في التقويم، حتى لا تصبح المراجعة سبب "
                                    "تأخر التدوينات.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>خصّص في جدول البيانات نفسه صفحة باسم «بنك الأفكار»، وكلما قال أحدهم «هذه "
                            "تصلح قصة جميلة» فدوّنها هناك. وفي الأسابيع المزدحمة ستجد أفكارك جاهزة.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>اتفقوا مسبقاً على الموضوعات التي تحتاج إلى حذر خاص، كالاعتقال والعنف القائم "
                            "على النوع الاجتماعي والحوادث الأمنية، وليراجع التدوينات المتعلقة بها شخص يدرك المخاطر "
                            "التي قد يتعرض لها أصحاب القصة.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "يكون تقويمك جاهزاً حين",
                            "items": [
                                "يغطي الأشهر الثلاثة المقبلة",
                                "يكون لكل تدوينة كاتب معروف بالاسم وتاريخ محدد",
                                "تتناسب الوتيرة مع الساعات المتاحة فعلاً لفريقك",
                                "توجد خطوة للمراجعة ووقت مخصص لها",
                                "تكون الموضوعات الحساسة معلَّمة لمراجعة إضافية",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "لدى مجموعة شبابية في دهوك متطوع واحد للكتابة يملك نحو ثلاث ساعات في "
                            "الأسبوع. أي خطة هي الأكثر واقعية؟",
                            "choices": [
                                {
                                    "text": "تدوينتان في الشهر، مخطط لهما قبل ثلاثة أشهر",
                                    "correct": True,
                                    "explanation": "صحيح. تناسب هذه الوتيرة الوقت المتاح وتترك مجالاً للمراجعة، "
                                    "ويمكن للمجموعة أن تزيد لاحقاً إن وجدت من يساعدها.",
                                },
                                {
                                    "text": "تدوينة كل يوم لننمو بسرعة",
                                    "correct": False,
                                    "explanation": "التدوين اليومي يحتاج إلى أكثر بكثير من ثلاث ساعات أسبوعياً، "
                                    "فسيُنهَك المتطوع وتتوقف المدونة.",
                                },
                                {
                                    "text": "الكتابة كلما حضر الإلهام",
                                    "correct": False,
                                    "explanation": "من دون خطة تصبح التدوينات نادرة وينسى القراء المدونة، أما "
                                    "التقويم فيحفظ للعمل انتظامه.",
                                },
                                {
                                    "text": "عشر تدوينات في الأسبوع الأول، ثم نرى",
                                    "correct": False,
                                    "explanation": "الاندفاع الذي يعقبه صمت يوحي للقراء بأن المدونة مهجورة، "
                                    "والإيقاع الثابت أنجح.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "write-for-phones",
            "minutes": 25,
            "en": {
                "title": "Write posts people finish on their phones",
                "summary": "Write specific headlines, put the main point first and shape your text for small screens.",
                "body": [
                    (
                        "text",
                        "<p>Your readers scroll on small screens, often while doing something else, and many of them "
                        "pay for every megabyte. If the first lines do not tell them why the post matters, they move "
                        "on. Writing for phones is not about writing less. It is about putting the important things "
                        "first and making the text easy on the eye.</p>"
                        "<p>The headline does most of the work. On social media and in messaging apps it is often the "
                        "only thing people see before they decide whether to tap. A good headline is specific, honest "
                        "and short enough to be read in full on a phone, usually under 70 characters.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A story from your calendar, with your notes or interviews",
                                "A phone to preview the draft",
                                "A colleague who can read the draft for ten minutes",
                                "One or two photos, already compressed",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Write the headline first",
                                    "body": "<p>Say what happened, or what the reader will learn, with one "
                                    "concrete detail. Compare “Our activities in Basra” with “40 women in Basra "
                                    "opened a bank account for the first time”. Avoid clickbait: if the post does "
                                    "not deliver what the headline promises, readers stop trusting you.</p>",
                                },
                                {
                                    "title": "Put the main point in the first two sentences",
                                    "body": "<p>Answer who, what, where and why straight away. Background and "
                                    "history can come further down, for the readers who want them.</p>",
                                },
                                {
                                    "title": "Keep paragraphs short",
                                    "body": "<p>On a phone, a five-line paragraph looks like a wall. Write two or "
                                    "three sentences per paragraph, one idea each, and add a subheading every three "
                                    "or four paragraphs.</p>",
                                },
                                {
                                    "title": "Use lists and numbers",
                                    "body": "<p>Turn steps and facts into short lists, because:</p>"
                                    "<ul><li>numbers are easier to remember than adjectives</li>"
                                    "<li>lists are quick to scan on a small screen</li>"
                                    "<li>concrete details are easier to share and quote</li></ul>",
                                },
                                {
                                    "title": "End with one clear action",
                                    "body": "<p>Tell readers exactly what you want them to do: sign up, share, come "
                                    "to an event, volunteer. One action works better than five.</p>",
                                },
                                {
                                    "title": "Preview on a phone",
                                    "body": "<p>Open the preview on a phone using mobile data and read it aloud. Cut "
                                    "any sentence you stumble over, and check that the post is between 400 and 800 "
                                    "words.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>When you write in Arabic for a wide audience, use clear Modern Standard "
                            "Arabic with everyday words. A short quote in the speaker's own dialect adds warmth, but "
                            "explain any expression that readers in other cities may not know.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Check every number, name and date before you publish. A single wrong figure "
                            "can be used to attack the credibility of your whole organisation.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you publish",
                            "items": [
                                "The headline is specific and under 70 characters",
                                "The main point is in the first two sentences",
                                "No paragraph is longer than three sentences",
                                "Names, numbers and dates have been checked",
                                "The post ends with one clear action",
                                "It reads well on a phone screen",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Which headline works best for a post about a free legal clinic in Kirkuk?",
                            "choices": [
                                {
                                    "text": "Free legal advice in Kirkuk every Tuesday: what to bring",
                                    "correct": True,
                                    "explanation": "Right. It is specific and useful, and it tells readers what "
                                    "they will get from the post.",
                                },
                                {
                                    "text": "Our organisation's activities this month",
                                    "correct": False,
                                    "explanation": "This headline is vague. Readers have no reason to tap.",
                                },
                                {
                                    "text": "You won't believe what happened at our clinic!",
                                    "correct": False,
                                    "explanation": "This is clickbait. It may win a tap, but it damages trust when "
                                    "the post turns out to be ordinary.",
                                },
                                {
                                    "text": "A comprehensive overview of the legal aid programme implemented in "
                                    "cooperation with our partners",
                                    "correct": False,
                                    "explanation": "Too long and too abstract. It will be cut off on a phone, and it "
                                    "says very little.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "ar": {
                "title": "اكتب تدوينات يكملها القراء على هواتفهم",
                "summary": "اكتب عناوين محددة، وقدّم الفكرة الرئيسية أولاً، ونسّق نصك ليلائم الشاشات الصغيرة.",
                "body": [
                    (
                        "text",
                        "<p>يتصفح قراؤك على شاشات صغيرة، وكثيراً ما يفعلون ذلك وهم منشغلون بأمر آخر، وكثير منهم "
                        "يدفع ثمن كل ميغابايت. فإذا لم تخبرهم السطور الأولى لماذا تستحق التدوينة وقتهم، انتقلوا إلى "
                        "غيرها. والكتابة للهاتف لا تعني أن تكتب أقل، بل أن تقدّم الأهم وتجعل النص مريحاً للعين.</p>"
                        "<p>العنوان يؤدي معظم المهمة، فهو في وسائل التواصل وتطبيقات المراسلة كثيراً ما يكون الشيء "
                        "الوحيد الذي يراه الناس قبل أن يقرروا النقر. والعنوان الجيد محدد وصادق، وقصير بما يكفي ليظهر "
                        "كاملاً على شاشة الهاتف، أي دون 70 حرفاً في الغالب.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "قصة من تقويمك، مع ملاحظاتك أو المقابلات التي أجريتها",
                                "هاتف لمعاينة المسودة",
                                "زميل يقرأ المسودة في عشر دقائق",
                                "صورة أو صورتان مضغوطتان مسبقاً",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "ابدأ بالعنوان",
                                    "body": "<p>قل ما الذي حدث، أو ما الذي سيتعلمه القارئ، مع تفصيل ملموس واحد. "
                                    "قارن بين «أنشطتنا في البصرة» و«40 امرأة في البصرة يفتحن حساباً مصرفياً لأول "
                                    "مرة». وتجنّب عناوين الإثارة الفارغة، فإن لم تفِ التدوينة بما وعد به العنوان "
                                    "فقد القراء ثقتهم بك.</p>",
                                },
                                {
                                    "title": "ضع الفكرة الرئيسية في أول جملتين",
                                    "body": "<p>أجب فوراً عن الأسئلة: من؟ وماذا؟ وأين؟ ولماذا؟ أما الخلفية "
                                    "والتاريخ فمكانهما في الأسفل لمن يريد الاستزادة.</p>",
                                },
                                {
                                    "title": "اجعل الفقرات قصيرة",
                                    "body": "<p>الفقرة ذات الأسطر الخمسة تبدو على الهاتف جداراً مصمتاً. اكتب جملتين "
                                    "أو ثلاثاً في كل فقرة، وفكرة واحدة لكل فقرة، وأضف عنواناً فرعياً كل ثلاث فقرات أو "
                                    "أربع.</p>",
                                },
                                {
                                    "title": "استعن بالقوائم والأرقام",
                                    "body": "<p>حوّل الخطوات والمعلومات إلى قوائم قصيرة، لأن:</p>"
                                    "<ul><li>الأرقام أسهل على الذاكرة من الصفات</li>"
                                    "<li>القوائم سريعة التصفح على الشاشة الصغيرة</li>"
                                    "<li>التفاصيل الملموسة أسهل في المشاركة والاقتباس</li></ul>",
                                },
                                {
                                    "title": "اختم بدعوة واحدة واضحة",
                                    "body": "<p>قل للقراء بالضبط ما تريده منهم: التسجيل، أو المشاركة، أو حضور "
                                    "فعالية، أو التطوع. فدعوة واحدة أنجح من خمس.</p>",
                                },
                                {
                                    "title": "عاين التدوينة على الهاتف",
                                    "body": "<p>افتح المعاينة على هاتف متصل ببيانات الجوال واقرأها بصوت مسموع. احذف "
                                    "كل جملة تتعثر فيها، وتأكد أن طول التدوينة بين 400 و800 كلمة.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>حين تكتب بالعربية لجمهور واسع، استخدم فصحى واضحة قريبة من لغة الناس اليومية. "
                            "واقتباس قصير بلهجة المتحدث نفسه يضفي دفئاً على النص، لكن اشرح أي تعبير قد لا يفهمه "
                            "القراء في مدن أخرى.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>تحقّق من كل رقم واسم وتاريخ قبل النشر، فرقم خاطئ واحد قد يُستغل للطعن في "
                            "مصداقية منظمتك كلها.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تنشر",
                            "items": [
                                "العنوان محدد وأقصر من 70 حرفاً",
                                "الفكرة الرئيسية في أول جملتين",
                                "لا تزيد أي فقرة على ثلاث جمل",
                                "الأسماء والأرقام والتواريخ مراجَعة",
                                "تنتهي التدوينة بدعوة واحدة واضحة",
                                "القراءة مريحة على شاشة الهاتف",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "أي العناوين أنسب لتدوينة عن عيادة قانونية مجانية في كركوك؟",
                            "choices": [
                                {
                                    "text": "استشارات قانونية مجانية في كركوك كل ثلاثاء: ماذا تحضر معك",
                                    "correct": True,
                                    "explanation": "صحيح. العنوان محدد ومفيد، ويخبر القارئ بما سيجنيه من التدوينة.",
                                },
                                {
                                    "text": "أنشطة منظمتنا هذا الشهر",
                                    "correct": False,
                                    "explanation": "عنوان مبهم لا يعطي القارئ سبباً للنقر.",
                                },
                                {
                                    "text": "لن تصدق ما حدث في عيادتنا!",
                                    "correct": False,
                                    "explanation": "هذا عنوان إثارة فارغ، قد يجلب نقرة لكنه يهدم الثقة حين يجد "
                                    "القارئ تدوينة عادية.",
                                },
                                {
                                    "text": "نظرة شاملة إلى برنامج المساعدة القانونية المنفَّذ بالتعاون مع شركائنا",
                                    "correct": False,
                                    "explanation": "طويل ومجرد أكثر مما ينبغي، سيُقطع على شاشة الهاتف ولا يقول "
                                    "إلا القليل.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "photos-consent-licences",
            "minutes": 20,
            "en": {
                "title": "Photos, consent and licences",
                "summary": (
                    "Ask for informed consent before you photograph or quote people, remove hidden data from "
                    "images and use licences correctly."
                ),
                "body": [
                    (
                        "text",
                        "<p>Photos of real people make a post come alive, but they also carry risk. A face in a photo "
                        "of a protest, a shelter or a support group can be recognised by an employer, a relative or "
                        "an armed group. Once an image is online, you cannot take it back.</p>"
                        "<p>Consent is how you respect people's control over their own image and words. "
                        "<b>Informed</b> consent means the person knows where the photo or quote will appear and who "
                        "can see it, and knows they can say no without losing any service from you.</p>"
                        "<p>Licences are the other side of the same question: you need the right to use other "
                        "people's images, and you decide how others may reuse yours.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "A short consent form in Arabic and Kurdish, on paper or on your phone",
                                "A phone photo editor that can blur faces, such as the one built into Signal",
                                "A safe, locked place to keep signed consent forms",
                                "Ten minutes with each person to explain what you will publish",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Ask before you take the photo",
                                    "body": "<p>Explain in plain words who you are, what the photo is for and where "
                                    "it will appear, for example on your blog and your Facebook page. Get consent in "
                                    "writing, or record a short spoken yes on your phone. For anyone under 18, ask a "
                                    "parent or guardian as well as the young person.</p>",
                                },
                                {
                                    "title": "Offer choices",
                                    "body": "<p>Not everyone wants to be seen. Offer alternatives: a photo from "
                                    "behind, hands at work, a blurred face, or a first name only. Accept a “no” "
                                    "without arguing.</p>",
                                },
                                {
                                    "title": "Remove hidden data",
                                    "body": "<p>Phone photos often carry hidden details, including the exact GPS "
                                    "location and the time. Turn off location in your camera settings, or send the "
                                    "image to yourself through Signal's “Note to Self”, which strips this data, and "
                                    "upload that copy.</p>",
                                },
                                {
                                    "title": "Choose a licence for your posts",
                                    "body": "<p>If you want others to share your stories, publish them under a "
                                    "Creative Commons licence such as CC BY 4.0, which lets anyone reuse your work "
                                    "as long as they credit you. Say so in one line at the bottom of your blog.</p>",
                                },
                                {
                                    "title": "Use other people's images legally",
                                    "body": "<p>Do not copy images from search results. Use your own photos, or free "
                                    "collections such as Wikimedia Commons, and follow each image's licence, "
                                    "usually by naming the author and the licence under the image.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>For sensitive work, such as with survivors of violence, families of "
                            "detainees or people under threat, do not publish identifiable photos at all, even with "
                            "consent. People may not see the full risk on the day, and circumstances can change.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>If someone withdraws consent later, remove the photo or quote from your "
                            "blog and your social media accounts as quickly as you can, and tell them when it is "
                            "done.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you publish a photo",
                            "items": [
                                "Every identifiable person gave informed consent",
                                "A parent or guardian agreed for anyone under 18",
                                "Faces are blurred wherever there is any risk",
                                "Location data has been removed",
                                "You have the right to use every image, and you credit it correctly",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "At a women's rights workshop in Najaf, a participant agrees to be "
                            "photographed but asks that her village is not mentioned. What do you do?",
                            "choices": [
                                {
                                    "text": "Publish the photo without the village, and check that nothing else in "
                                    "the image or caption shows where she lives",
                                    "correct": True,
                                    "explanation": "Right. Respect the condition she set, and also check the "
                                    "background, the caption and the location data in the file.",
                                },
                                {
                                    "text": "Mention the village anyway, because it makes the story stronger",
                                    "correct": False,
                                    "explanation": "Her consent came with a condition. Ignoring it betrays her "
                                    "trust and may put her at risk.",
                                },
                                {
                                    "text": "Mention the village, but in small print in the caption",
                                    "correct": False,
                                    "explanation": "Small print is still public. The village must not appear at all.",
                                },
                                {
                                    "text": "Ask the workshop organiser for permission instead",
                                    "correct": False,
                                    "explanation": "Consent belongs to the person in the photo. Nobody else can "
                                    "give it on her behalf.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Creative Commons Attribution 4.0 (CC BY 4.0)",
                            "description": "The plain-language summary of the licence: what others may do with your "
                            "work, and how they must credit you.",
                            "url": "https://creativecommons.org/licenses/by/4.0/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "الصور والموافقة والرخص",
                "summary": (
                    "اطلب الموافقة المستنيرة قبل تصوير الناس أو نقل أقوالهم، وامسح البيانات المخفية من الصور، "
                    "واستخدم الرخص استخداماً صحيحاً."
                ),
                "body": [
                    (
                        "text",
                        "<p>صور الناس الحقيقيين تبث الحياة في التدوينة، لكنها تحمل مخاطر أيضاً. فوجه يظهر في صورة "
                        "لتظاهرة أو ملجأ أو مجموعة دعم قد يتعرف إليه صاحب عمل أو قريب أو جماعة مسلحة. وما إن تُنشر "
                        "الصورة على الإنترنت حتى يتعذر استرجاعها.</p>"
                        "<p>الموافقة هي الطريقة التي تحترم بها حق الناس في التحكم بصورهم وكلماتهم. والموافقة "
                        "<b>المستنيرة</b> تعني أن يعرف الشخص أين ستظهر الصورة أو العبارة ومن سيراها، وأن يعرف أن "
                        "بوسعه الرفض دون أن يخسر أي خدمة تقدمونها له.</p>"
                        "<p>والرخص هي الوجه الآخر للمسألة نفسها: فأنت تحتاج إلى حق استخدام صور الآخرين، وأنت من يقرر "
                        "كيف يعيد الآخرون استخدام صورك.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "استمارة موافقة قصيرة بالعربية والكردية، ورقية أو على هاتفك",
                                "محرر صور على الهاتف يستطيع تمويه الوجوه، مثل المحرر المدمج في تطبيق Signal",
                                "مكان آمن مقفل لحفظ استمارات الموافقة الموقّعة",
                                "عشر دقائق مع كل شخص لتشرح له ما ستنشره",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اسأل قبل أن تلتقط الصورة",
                                    "body": "<p>اشرح بكلمات بسيطة من أنت، ولماذا تلتقط الصورة، وأين ستُنشر، في "
                                    "مدونتكم وصفحتكم على فيسبوك مثلاً. واحصل على الموافقة كتابةً، أو سجّل موافقة "
                                    "شفهية قصيرة على هاتفك. ومن كان دون الثامنة عشرة فاطلب موافقة وليّ أمره إلى جانب "
                                    "موافقته هو.</p>",
                                },
                                {
                                    "title": "قدّم خيارات",
                                    "body": "<p>ليس كل الناس يرغبون في الظهور، فاعرض بدائل: صورة من الخلف، أو يدين "
                                    "منهمكتين في العمل، أو وجهاً مموَّهاً، أو الاسم الأول وحده. واقبل الرفض دون "
                                    "جدال.</p>",
                                },
                                {
                                    "title": "امسح البيانات المخفية",
                                    "body": "<p>كثيراً ما تحمل صور الهاتف تفاصيل خفية، منها الموقع الجغرافي الدقيق "
                                    "ووقت الالتقاط. عطّل خاصية الموقع في إعدادات الكاميرا، أو أرسل الصورة إلى نفسك "
                                    "عبر «ملاحظة لنفسي» في تطبيق Signal الذي يزيل هذه البيانات، ثم ارفع تلك "
                                    "النسخة.</p>",
                                },
                                {
                                    "title": "اختر رخصة لتدويناتك",
                                    "body": "<p>إن أردت أن يتناقل الآخرون قصصك فانشرها برخصة من رخص المشاع "
                                    "الإبداعي مثل CC BY 4.0، التي تتيح لأي أحد إعادة استخدام عملك شرط أن ينسبه "
                                    "إليك. واذكر ذلك في سطر واحد أسفل مدونتك.</p>",
                                },
                                {
                                    "title": "استخدم صور الآخرين بطريقة مشروعة",
                                    "body": "<p>لا تنسخ الصور من نتائج البحث. استخدم صورك الخاصة أو مجموعات الصور "
                                    "الحرة مثل ويكيميديا كومنز، والتزم برخصة كل صورة، وذلك عادة بذكر اسم صاحبها "
                                    "ونوع الرخصة تحتها.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>في العمل الحساس، كالعمل مع الناجيات من العنف أو أسر المعتقلين أو أشخاص "
                            "مهددين، لا تنشر صوراً تكشف هوية أصحابها إطلاقاً، حتى لو وافقوا. فقد لا يدرك الناس حجم "
                            "الخطر كاملاً في حينه، والظروف قد تتبدل.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>إذا سحب أحدهم موافقته لاحقاً، فاحذف الصورة أو الاقتباس من مدونتك وحساباتك على "
                            "وسائل التواصل بأسرع ما يمكن، وأبلغه حين يتم ذلك.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تنشر صورة",
                            "items": [
                                "كل شخص يمكن التعرف إليه أعطى موافقة مستنيرة",
                                "وافق وليّ الأمر عن كل من هو دون الثامنة عشرة",
                                "الوجوه مموّهة حيثما وُجد أي خطر",
                                "بيانات الموقع الجغرافي ممسوحة",
                                "لك حق استخدام كل صورة، وتنسبها إلى صاحبها كما ينبغي",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "في ورشة عن حقوق المرأة في النجف، وافقت إحدى المشاركات على تصويرها لكنها "
                            "طلبت ألا يُذكر اسم قريتها. ماذا تفعل؟",
                            "choices": [
                                {
                                    "text": "أنشر الصورة دون ذكر القرية، وأتأكد أن لا شيء آخر في الصورة أو التعليق "
                                    "يكشف مكان سكنها",
                                    "correct": True,
                                    "explanation": "صحيح. احترم الشرط الذي وضعته، وراجع أيضاً خلفية الصورة "
                                    "والتعليق المرافق وبيانات الموقع في الملف.",
                                },
                                {
                                    "text": "أذكر القرية على أي حال، لأنها تجعل القصة أقوى",
                                    "correct": False,
                                    "explanation": "موافقتها كانت مشروطة، وتجاهل الشرط خيانة لثقتها وقد يعرّضها للخطر.",
                                },
                                {
                                    "text": "أذكر القرية ولكن بخط صغير في التعليق",
                                    "correct": False,
                                    "explanation": "الخط الصغير يبقى منشوراً للعموم، ويجب ألا تظهر القرية إطلاقاً.",
                                },
                                {
                                    "text": "أطلب الإذن من منظِّم الورشة بدلاً منها",
                                    "correct": False,
                                    "explanation": "الموافقة حق لصاحبة الصورة وحدها، ولا يستطيع أحد أن يمنحها "
                                    "نيابة عنها.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "رخصة المشاع الإبداعي: نَسب المُصنَّف 4.0 (CC BY 4.0)",
                            "description": "ملخص الرخصة بلغة مبسطة: ما الذي يحق للآخرين فعله بعملك، وكيف عليهم "
                            "أن ينسبوه إليك (تتوفر الصفحة بالعربية من قائمة اللغات).",
                            "url": "https://creativecommons.org/licenses/by/4.0/",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "comments-and-sharing",
            "minutes": 20,
            "en": {
                "title": "Moderate comments and share your posts",
                "summary": (
                    "Publish a comment policy, set up moderation in WordPress and share each post in a way that "
                    "suits every platform."
                ),
                "body": [
                    (
                        "text",
                        "<p>Comments can turn a blog into a conversation. They can also fill up with spam, insults or "
                        "threats, especially when you write about politics, women's rights or corruption. A clear "
                        "policy and a few settings let you keep the useful conversation and remove the rest without "
                        "spending hours on it.</p>"
                        "<p>Sharing is the second half of publishing. Few people visit a blog directly; most arrive "
                        "from a link on Facebook, Telegram, WhatsApp or Instagram. Use these platforms to bring people "
                        "to your post, while your blog remains the permanent home of your work.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Administrator access to your blog's settings",
                                "A short comment policy agreed by your team",
                                "The social media and messaging accounts your organisation uses",
                                "About 30 minutes per post for sharing",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Publish a comment policy",
                                    "body": "<p>In three or four sentences, say what is welcome and what will be "
                                    "removed: insults, hate speech, threats, other people's personal data and spam. "
                                    "Link to it under the comment box, so that you can point to it when you remove "
                                    "a comment.</p>",
                                },
                                {
                                    "title": "Hold new comments for approval",
                                    "body": "<p>In WordPress, go to <b>Settings → Discussion</b> and tick “Comment "
                                    "must be manually approved”, or at least “Comment author must have a previously "
                                    "approved comment”. Add a privacy-friendly anti-spam plugin such as Antispam "
                                    "Bee.</p>",
                                },
                                {
                                    "title": "Moderate on a schedule",
                                    "body": "<p>Check comments once a day at a fixed time. Answer real questions, "
                                    "approve fair criticism and delete abuse. Never publish a commenter's email "
                                    "address or phone number, and take screenshots of threats before you delete "
                                    "them.</p>",
                                },
                                {
                                    "title": "Write a message for each platform",
                                    "body": "<p>Do not paste the same link everywhere. Write a short message that "
                                    "suits each place: two lines and a photo for Facebook, one line and the link "
                                    "for a Telegram channel, a short voice note for a WhatsApp group whose members "
                                    "prefer listening.</p>",
                                },
                                {
                                    "title": "Cross-post with care",
                                    "body": "<p>If you republish a full post on another platform, publish it on "
                                    "your blog first, then add a line such as “First published on our blog”, with "
                                    "the link. This keeps your blog as the original source.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>If comments contain threats against a named person, do not ignore them. "
                            "Save the evidence with dates, tell the person concerned and, if needed, ask for help "
                            "from a digital security helpline for civil society, such as the one run by Access "
                            "Now.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>You can close comments on a single post about a sensitive topic, in the "
                            "discussion settings of that post, and invite readers to contact you privately "
                            "instead.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "For every post",
                            "items": [
                                "The comment policy is linked under the comment box",
                                "New comments wait for approval",
                                "Someone is named to moderate this week",
                                "A short message is ready for each platform",
                                "Threats are saved as evidence before they are deleted",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A post about corruption in local services receives dozens of comments, "
                            "some of them insulting the author. What is the best first step?",
                            "choices": [
                                {
                                    "text": "Apply your published policy: approve fair criticism and remove insults",
                                    "correct": True,
                                    "explanation": "Right. Fair criticism is part of public debate. Insults and "
                                    "threats are removed, and the policy explains why.",
                                },
                                {
                                    "text": "Delete every comment, including the critical ones",
                                    "correct": False,
                                    "explanation": "Deleting all criticism makes it look as if you have something to "
                                    "hide, and you lose useful feedback.",
                                },
                                {
                                    "text": "Reply to each insult to defend the author",
                                    "correct": False,
                                    "explanation": "Long arguments usually attract more abuse. Moderate first, then "
                                    "answer only genuine questions.",
                                },
                                {
                                    "text": "Leave everything online to show that you support free speech",
                                    "correct": False,
                                    "explanation": "Free speech does not oblige you to host insults or threats on "
                                    "your own site, and leaving them up can harm the author.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Access Now Digital Security Helpline",
                            "description": "Free digital security help for activists, journalists and civil "
                            "society organisations, available in several languages including Arabic.",
                            "url": "https://www.accessnow.org/help/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "أدر التعليقات وانشر تدويناتك",
                "summary": (
                    "انشر سياسة للتعليقات، واضبط الإشراف عليها في ووردبريس، وشارك كل تدوينة بأسلوب يلائم كل منصة."
                ),
                "body": [
                    (
                        "text",
                        "<p>قد تحوّل التعليقات المدونة إلى حوار حي، وقد تمتلئ أيضاً بالرسائل المزعجة والشتائم "
                        "والتهديدات، لا سيما حين تكتب عن السياسة أو حقوق المرأة أو الفساد. وسياسة واضحة مع بضعة "
                        "إعدادات تكفي لتحافظ على النقاش المفيد وتزيل ما عداه دون أن تهدر ساعات في ذلك.</p>"
                        "<p>والنشر لا يكتمل إلا بالمشاركة. فقلة من الناس يزورون المدونة مباشرة، وأغلبهم يصلون إليها "
                        "عبر رابط في فيسبوك أو تيليغرام أو واتساب أو إنستغرام. استخدم هذه المنصات لتجلب الناس إلى "
                        "تدوينتك، ولتبقى مدونتك البيت الدائم لعملك.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "صلاحية المدير في إعدادات مدونتك",
                                "سياسة قصيرة للتعليقات يتفق عليها فريقك",
                                "حسابات منظمتك على وسائل التواصل وتطبيقات المراسلة",
                                "نحو 30 دقيقة لمشاركة كل تدوينة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "انشر سياسة للتعليقات",
                                    "body": "<p>وضّح في ثلاث جمل أو أربع ما هو مرحَّب به وما سيُحذف: الشتائم، "
                                    "وخطاب الكراهية، والتهديدات، والبيانات الشخصية للآخرين، والرسائل المزعجة. وضع "
                                    "رابطها تحت خانة التعليق، لتحيل إليها كلما حذفت تعليقاً.</p>",
                                },
                                {
                                    "title": "علّق نشر التعليقات الجديدة حتى الموافقة",
                                    "body": "<p>في ووردبريس اذهب إلى <b>الإعدادات ← المناقشة</b> وفعّل خيار "
                                    "الموافقة اليدوية على كل تعليق، أو على الأقل خيار أن يكون لصاحب التعليق تعليق "
                                    "سابق تمت الموافقة عليه. وأضف إضافة لمكافحة الرسائل المزعجة تحترم الخصوصية، "
                                    "مثل Antispam Bee.</p>",
                                },
                                {
                                    "title": "راجع التعليقات في موعد ثابت",
                                    "body": "<p>راجع التعليقات مرة في اليوم في ساعة محددة: أجب عن الأسئلة الحقيقية، "
                                    "واقبل النقد المنصف، واحذف الإساءات. ولا تنشر أبداً البريد الإلكتروني لصاحب "
                                    "تعليق أو رقم هاتفه، واحفظ صوراً للشاشة توثّق التهديدات قبل حذفها.</p>",
                                },
                                {
                                    "title": "اكتب رسالة لكل منصة",
                                    "body": "<p>لا تلصق الرابط نفسه في كل مكان، بل اكتب رسالة قصيرة تناسب كل منصة: "
                                    "سطرين وصورة لفيسبوك، وسطراً مع الرابط لقناة تيليغرام، ورسالة صوتية قصيرة "
                                    "لمجموعة واتساب يفضّل أعضاؤها الاستماع.</p>",
                                },
                                {
                                    "title": "أعد النشر بحذر",
                                    "body": "<p>إن أعدت نشر التدوينة كاملة على منصة أخرى، فانشرها في مدونتك أولاً، ثم "
                                    "أضف سطراً مثل «نُشرت أولاً في مدونتنا» مع الرابط، لتبقى مدونتك المصدر "
                                    "الأصلي.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>إذا تضمنت التعليقات تهديدات لشخص بعينه فلا تتجاهلها. احفظ الأدلة مع "
                            "تواريخها، وأبلغ الشخص المعني، واطلب العون عند الحاجة من خط مساعدة في الأمان الرقمي "
                            "مخصص للمجتمع المدني، مثل الخط الذي تديره منظمة Access Now.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>تستطيع إغلاق التعليقات على تدوينة بعينها تتناول موضوعاً حساساً، من إعدادات "
                            "المناقشة الخاصة بها، ودعوة القراء إلى التواصل معك على انفراد بدلاً من ذلك.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "مع كل تدوينة",
                            "items": [
                                "رابط سياسة التعليقات موجود تحت خانة التعليق",
                                "التعليقات الجديدة تنتظر الموافقة",
                                "هناك شخص محدد بالاسم للإشراف هذا الأسبوع",
                                "رسالة قصيرة جاهزة لكل منصة",
                                "التهديدات محفوظة كأدلة قبل حذفها",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "تلقت تدوينة عن الفساد في الخدمات المحلية عشرات التعليقات، بعضها يسيء إلى "
                            "الكاتب. ما الخطوة الأولى الأفضل؟",
                            "choices": [
                                {
                                    "text": "أطبّق السياسة المنشورة: أقبل النقد المنصف وأحذف الإساءات",
                                    "correct": True,
                                    "explanation": "صحيح. النقد المنصف جزء من النقاش العام، أما الإساءات "
                                    "والتهديدات فتُحذف، والسياسة تشرح السبب.",
                                },
                                {
                                    "text": "أحذف كل التعليقات، بما فيها الناقدة",
                                    "correct": False,
                                    "explanation": "حذف كل نقد يوحي بأن لديكم ما تخفونه، ويحرمكم من ملاحظات مفيدة.",
                                },
                                {
                                    "text": "أرد على كل إساءة دفاعاً عن الكاتب",
                                    "correct": False,
                                    "explanation": "الجدال الطويل يجتذب مزيداً من الإساءات عادة. أشرف على "
                                    "التعليقات أولاً، ثم أجب عن الأسئلة الحقيقية وحدها.",
                                },
                                {
                                    "text": "أترك كل شيء منشوراً لأثبت أننا ندعم حرية التعبير",
                                    "correct": False,
                                    "explanation": "حرية التعبير لا تلزمك باستضافة الشتائم والتهديدات في موقعك، "
                                    "وإبقاؤها قد يؤذي الكاتب.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "خط المساعدة في الأمان الرقمي من Access Now",
                            "description": "مساعدة مجانية في الأمان الرقمي للناشطين والصحفيين ومنظمات المجتمع "
                            "المدني، متاحة بعدة لغات منها العربية.",
                            "url": "https://www.accessnow.org/help/",
                        },
                    ),
                ],
            },
        },
    ],
}
