"""Starter module: Create a website for your organisation."""

MODULE = {
    "slug": "website",
    "level": "beginner",
    "topics": ["digital-presence"],
    "tags": {
        "en": ["website", "domain", "hosting", "WordPress", "HTTPS"],
        "ar": ["موقع إلكتروني", "نطاق", "استضافة", "ووردبريس", "HTTPS"],
    },
    "en": {
        "title": "Create a website for your organisation",
        "summary": (
            "Plan, build and look after a simple bilingual website that tells people who you are, works on cheap "
            "phones and stays safe. You will choose a domain and hosting, switch on HTTPS and set up a routine for "
            "updates and backups."
        ),
        "audience": (
            "Staff and volunteers of NGOs, youth groups and community organisations who have no website yet, or "
            "have one that nobody knows how to update. You do not need to know how to code."
        ),
        "outcomes": [
            "Decide what your website must do and choose between a simple static site and a content management "
            "system such as WordPress.",
            "Register a domain name in your organisation's name and choose hosting that fits your budget.",
            "Publish Arabic and English pages that read correctly, load fast on phones and are accessible to everyone.",
            "Protect your site with HTTPS, regular updates, strong admin accounts and backups stored off the server.",
        ],
    },
    "ar": {
        "title": "أنشئ موقعاً إلكترونياً لمنظمتك",
        "summary": (
            "خطّط لموقع بسيط بلغتين، وابنِه واعتنِ به: موقع يعرّف الناس بكم، ويعمل على الهواتف الرخيصة، ويبقى "
            "آمناً. ستختار اسم النطاق والاستضافة، وتفعّل بروتوكول HTTPS، وتضع روتيناً ثابتاً للتحديثات والنسخ "
            "الاحتياطية."
        ),
        "audience": (
            "العاملون والمتطوعون في المنظمات غير الحكومية والمجموعات الشبابية والمنظمات المجتمعية ممن لا يملكون "
            "موقعاً بعد، أو يملكون موقعاً لا يعرف أحد كيف يحدّثه. لا تحتاج إلى أي معرفة بالبرمجة."
        ),
        "outcomes": [
            "تحديد ما يجب أن يقدّمه موقعك، والمفاضلة بين موقع ثابت بسيط ونظام لإدارة المحتوى مثل ووردبريس.",
            "تسجيل اسم نطاق باسم منظمتك، واختيار استضافة تناسب ميزانيتك.",
            "نشر صفحات عربية وإنجليزية تُعرض بالاتجاه الصحيح، وتُفتح بسرعة على الهاتف، ويسهل على الجميع قراءتها.",
            "حماية موقعك ببروتوكول HTTPS والتحديثات المنتظمة وحسابات إدارة محصّنة ونسخ احتياطية محفوظة خارج الخادم.",
        ],
    },
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "plan-your-site",
            "minutes": 20,
            "en": {
                "title": "Plan your site before you build it",
                "summary": (
                    "Decide who the site is for, which pages it needs, and whether a static site or WordPress "
                    "suits your team."
                ),
                "body": [
                    (
                        "text",
                        "<p>A website is the one place online that your organisation fully controls. Social media "
                        "accounts can be suspended, hacked or buried by an algorithm. Your site stays where you put "
                        "it, and it is the address that donors, journalists and partners check first when they want "
                        "to know who you are.</p>"
                        "<p>Most small organisations do not need a big site. A clear site of four or five pages that "
                        "is kept up to date earns more trust than a large one that nobody has touched for two years. "
                        "Planning on paper first will save you weeks of rework.</p>"
                        "<h3>Static site or content management system?</h3>"
                        "<p>A <b>static site</b> is a set of ready-made pages. It is fast, cheap (hosting is often "
                        "free) and very hard to hack, but changing it needs someone who is comfortable editing simple "
                        "files or using a site builder. A <b>content management system</b> (CMS) such as WordPress "
                        "lets anyone on your team log in from a browser and edit pages, but it must be updated "
                        "regularly.</p>"
                        "<p>A simple rule: if you will publish news or blog posts more than once a month, choose "
                        "WordPress. If your site mostly says who you are and how to reach you, a static site is "
                        "enough.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Paper and a pen, or a shared document",
                                "Thirty minutes with two or three people from your team",
                                "A list of the questions people often ask your organisation",
                                "Three websites of similar organisations that you like",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Write one sentence about the purpose",
                                    "body": "<p>Finish this sentence: “Our website helps ___ to ___.” For example: "
                                    "“Our website helps young people in Mosul find our free training courses and "
                                    "sign up.” Everything on the site should serve that sentence.</p>",
                                },
                                {
                                    "title": "List your audiences",
                                    "body": "<p>Name two or three groups, such as donors, volunteers and the "
                                    "families you serve. Write down what each group needs to find within ten "
                                    "seconds of opening the site.</p>",
                                },
                                {
                                    "title": "Sketch the pages",
                                    "body": "<p>Start small. Most organisations need only these pages:</p>"
                                    "<ul><li>Home: who you are, in two sentences</li>"
                                    "<li>About us: your mission, your team and your registration details</li>"
                                    "<li>Our work: your projects and what they achieved</li>"
                                    "<li>News or blog (optional)</li>"
                                    "<li>Contact: email, phone and office location</li></ul>",
                                },
                                {
                                    "title": "Choose the type of site",
                                    "body": "<p>Apply the simple rule above, and think about who will look after "
                                    "the site. A CMS needs one person who logs in every week or two to install "
                                    "updates. If nobody can promise that, a static site is the safer choice.</p>",
                                },
                                {
                                    "title": "Decide: hosted or self-hosted",
                                    "body": "<p>WordPress comes in two forms. <b>WordPress.com</b> is a hosted "
                                    "service: it is free to start, but the free plan shows ads and gives you an "
                                    "address like yourgroup.wordpress.com. <b>WordPress.org</b> is the free "
                                    "software that you install on your own hosting: you control everything, and "
                                    "you are responsible for updates.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Sketch your pages while looking at a phone, not a laptop. Most visitors in "
                            "Iraq and the Kurdistan Region will open your site on a phone, often over a slow mobile "
                            "connection.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>Do not let one volunteer build the site with a personal account. If that "
                            "person leaves, you may lose access to everything. Use an organisational email address "
                            "for every account, and make sure at least two people hold the passwords.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you move on",
                            "items": [
                                "We wrote one sentence about the purpose of the site",
                                "We know our two or three main audiences",
                                "Our plan has no more than six pages",
                                "We chose a static site or WordPress, and we know who will maintain it",
                                "Every account will use an organisational email address",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "A women's cooperative in Basra wants a site that shows its products and a "
                            "phone number. Nobody on the team has time for weekly updates. What fits best?",
                            "choices": [
                                {
                                    "text": "A static site with a few pages",
                                    "correct": True,
                                    "explanation": "Right. A static site is cheap or free to host, fast on phones "
                                    "and needs almost no maintenance, which suits a small site that rarely changes.",
                                },
                                {
                                    "text": "A self-hosted WordPress site with many plugins",
                                    "correct": False,
                                    "explanation": "Every plugin needs updates. Without someone to install them, "
                                    "the site soon becomes an easy target for attackers.",
                                },
                                {
                                    "text": "Only a Facebook page, no website",
                                    "correct": False,
                                    "explanation": "A Facebook page is useful, but the cooperative does not control "
                                    "it. It can be hacked or closed, and some customers do not use Facebook.",
                                },
                                {
                                    "text": "A custom site built from scratch by a programmer",
                                    "correct": False,
                                    "explanation": "This is expensive, and the cooperative would depend on one "
                                    "person for every small change.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "WordPress.org documentation",
                            "description": "Official guides to installing and using the free WordPress software.",
                            "url": "https://wordpress.org/documentation/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "خطّط لموقعك قبل أن تبنيه",
                "summary": "حدّد لمن الموقع، وما الصفحات التي يحتاجها، وهل يناسب فريقك موقع ثابت أم ووردبريس.",
                "body": [
                    (
                        "text",
                        "<p>الموقع الإلكتروني هو المكان الوحيد على الإنترنت الذي تملكه منظمتك ملكية كاملة. فحسابات "
                        "التواصل الاجتماعي قد تُعلَّق أو تُخترق أو تضيع منشوراتها في زحام الخوارزميات، أما موقعك فيبقى "
                        "حيث وضعته، وهو أول عنوان يقصده المانحون والصحفيون والشركاء حين يريدون التعرّف إليكم.</p>"
                        "<p>لا تحتاج معظم المنظمات الصغيرة إلى موقع ضخم، فموقع واضح من أربع صفحات أو خمس يُحدَّث "
                        "بانتظام يكسب ثقة أكبر من موقع كبير لم يقترب منه أحد منذ سنتين. والتخطيط على الورق أولاً يوفّر "
                        "عليك أسابيع من إعادة العمل.</p>"
                        "<h3>موقع ثابت أم نظام لإدارة المحتوى؟</h3>"
                        "<p><b>الموقع الثابت</b> مجموعة من الصفحات الجاهزة، وهو سريع وقليل الكلفة (وكثيراً ما تكون "
                        "استضافته مجانية) ويصعب اختراقه، لكن تعديله يحتاج إلى شخص يتعامل بارتياح مع الملفات البسيطة أو "
                        "مع أداة لبناء المواقع. أما <b>نظام إدارة المحتوى</b> مثل ووردبريس فيتيح لأي عضو في فريقك أن "
                        "يدخل من المتصفح ويعدّل الصفحات، غير أنه يحتاج إلى تحديث منتظم.</p>"
                        "<p>وإليك قاعدة بسيطة: إن كنتم ستنشرون أخباراً أو تدوينات أكثر من مرة في الشهر فاختاروا "
                        "ووردبريس، وإن كان الموقع سيكتفي بالتعريف بكم وبطرق التواصل معكم فالموقع الثابت يفي "
                        "بالغرض.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "ورقة وقلم، أو مستند مشترك",
                                "نصف ساعة مع شخصين أو ثلاثة من فريقك",
                                "قائمة بالأسئلة التي يكثر الناس من طرحها على منظمتكم",
                                "ثلاثة مواقع لمنظمات مشابهة تعجبكم",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اكتب جملة واحدة تلخّص الغاية",
                                    "body": "<p>أكمل هذه الجملة: «يساعد موقعنا ___ على ___». مثلاً: «يساعد "
                                    "موقعنا شباب الموصل على العثور على دوراتنا التدريبية المجانية والتسجيل فيها». "
                                    "وكل ما في الموقع ينبغي أن يخدم هذه الجملة.</p>",
                                },
                                {
                                    "title": "حدّد جمهورك",
                                    "body": "<p>سمِّ فئتين أو ثلاثاً، كالمانحين والمتطوعين والأسر التي تخدمونها، "
                                    "ثم اكتب ما تحتاج كل فئة إلى العثور عليه خلال عشر ثوانٍ من فتح الموقع.</p>",
                                },
                                {
                                    "title": "ارسم مخطط الصفحات",
                                    "body": "<p>ابدأ صغيراً، فأغلب المنظمات تكفيها هذه الصفحات:</p>"
                                    "<ul><li>الرئيسية: من أنتم، في جملتين</li>"
                                    "<li>من نحن: رسالتكم وفريقكم وبيانات تسجيلكم الرسمية</li>"
                                    "<li>أعمالنا: مشاريعكم وما حققته</li>"
                                    "<li>الأخبار أو المدونة (اختيارية)</li>"
                                    "<li>اتصل بنا: البريد الإلكتروني والهاتف وعنوان المكتب</li></ul>",
                                },
                                {
                                    "title": "اختر نوع الموقع",
                                    "body": "<p>طبّق القاعدة السابقة، وفكّر فيمن سيتولى رعاية الموقع. فنظام إدارة "
                                    "المحتوى يحتاج إلى شخص يدخل إليه كل أسبوع أو أسبوعين ليثبّت التحديثات، فإن لم "
                                    "يستطع أحد الالتزام بذلك فالموقع الثابت هو الخيار الأسلم.</p>",
                                },
                                {
                                    "title": "قرّر: استضافة جاهزة أم استضافة ذاتية",
                                    "body": "<p>يأتي ووردبريس في صيغتين: <b>WordPress.com</b> خدمة مستضافة "
                                    "تبدأ مجاناً، لكن خطتها المجانية تعرض إعلانات وتمنحك عنواناً مثل "
                                    "yourgroup.wordpress.com. أما <b>WordPress.org</b> فهو البرنامج المجاني الذي "
                                    "تثبّته على استضافتك الخاصة، فتتحكم في كل شيء وتتحمل في المقابل مسؤولية "
                                    "التحديثات.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>ارسم مخطط صفحاتك وعينك على شاشة الهاتف لا الحاسوب، فمعظم زوار موقعك في "
                            "العراق وإقليم كردستان سيفتحونه من الهاتف، وغالباً عبر اتصال بطيء بالإنترنت.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>لا تترك متطوعاً واحداً يبني الموقع بحسابه الشخصي، فإذا غادر المنظمة قد "
                            "تفقدون الوصول إلى كل شيء. استخدموا بريداً إلكترونياً باسم المنظمة في جميع الحسابات، "
                            "وتأكدوا أن كلمات المرور في حوزة شخصين على الأقل.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قبل أن تنتقل إلى الدرس التالي",
                            "items": [
                                "كتبنا جملة واحدة تلخّص غاية الموقع",
                                "نعرف الفئتين أو الفئات الثلاث الأهم في جمهورنا",
                                "لا تتجاوز خطتنا ست صفحات",
                                "اخترنا الموقع الثابت أو ووردبريس، ونعرف من سيتولى الصيانة",
                                "ستُربط جميع الحسابات ببريد إلكتروني باسم المنظمة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "تريد جمعية تعاونية نسائية في البصرة موقعاً يعرض منتجاتها ورقم هاتفها، ولا "
                            "أحد في فريقها يملك وقتاً للتحديثات الأسبوعية. ما الخيار الأنسب؟",
                            "choices": [
                                {
                                    "text": "موقع ثابت من بضع صفحات",
                                    "correct": True,
                                    "explanation": "صحيح. الموقع الثابت رخيص الاستضافة أو مجانيها، وسريع على "
                                    "الهاتف، ولا يكاد يحتاج إلى صيانة، وهذا يناسب موقعاً صغيراً نادر التغيير.",
                                },
                                {
                                    "text": "موقع ووردبريس باستضافة ذاتية وإضافات كثيرة",
                                    "correct": False,
                                    "explanation": "كل إضافة تحتاج إلى تحديثات، ومن دون شخص يثبّتها يصبح الموقع "
                                    "سريعاً هدفاً سهلاً للمخترقين.",
                                },
                                {
                                    "text": "صفحة على فيسبوك فقط من دون موقع",
                                    "correct": False,
                                    "explanation": "صفحة فيسبوك مفيدة، لكن الجمعية لا تتحكم فيها؛ فقد تُخترق أو "
                                    "تُغلق، وبعض الزبائن لا يستخدمون فيسبوك أصلاً.",
                                },
                                {
                                    "text": "موقع مخصص يبنيه مبرمج من الصفر",
                                    "correct": False,
                                    "explanation": "هذا الخيار مكلف، وسيجعل الجمعية تعتمد على شخص واحد في كل "
                                    "تعديل مهما كان صغيراً.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "توثيق WordPress.org",
                            "description": "الأدلة الرسمية لتثبيت برنامج ووردبريس المجاني واستخدامه (بالإنجليزية).",
                            "url": "https://wordpress.org/documentation/",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "domain-and-hosting",
            "minutes": 25,
            "en": {
                "title": "Get a domain name, hosting and HTTPS",
                "summary": (
                    "Register a domain that your organisation owns, choose affordable hosting and switch on free "
                    "HTTPS with Let's Encrypt."
                ),
                "body": [
                    (
                        "text",
                        "<p>Your domain name is your address on the internet, such as <b>yourgroup.org</b>. For "
                        "common endings like .org or .com it costs roughly 10 to 20 US dollars a year. Hosting is the "
                        "computer that stores your site and sends it to visitors. Together, these two choices decide "
                        "whether people can find you and whether you stay in control.</p>"
                        "<p>Two things matter most. First, the domain must be registered in your organisation's name, "
                        "not in the name of a volunteer or a web designer. Second, the site must use HTTPS, shown by "
                        "the padlock in the browser's address bar. HTTPS encrypts the connection, so nobody on the "
                        "same network can read or change what visitors see or type into your contact form.</p>"
                        "<p>HTTPS no longer costs money. Let's Encrypt, a non-profit certificate authority, gives free "
                        "certificates, and most hosting companies switch it on with one click.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "An organisational email address that several people can open",
                                "A payment card, or a trusted partner who can pay online for you",
                                "Two or three possible names for your domain",
                                "A budget of about 15 US dollars a year for the domain, plus 0 to 100 dollars a "
                                "year for hosting",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Choose a short, clear name",
                                    "body": "<p>Pick a name that is easy to say over the phone and to type on a "
                                    "small keyboard. Avoid hyphens and spellings that people can confuse. Check that "
                                    "the same name is free on the social media platforms you use.</p>",
                                },
                                {
                                    "title": "Pick the ending",
                                    "body": "<p>A <b>.org</b> address is easy to buy from any registrar. A "
                                    "<b>.iq</b> address shows that you are Iraqi, but it is managed inside Iraq and "
                                    "usually needs official papers and more time. Many organisations start with .org "
                                    "and add .iq later.</p>",
                                },
                                {
                                    "title": "Register it in the organisation's name",
                                    "body": "<p>Use a well-known registrar. Put the organisation as the owner and "
                                    "the organisational email as the contact. Turn on <b>WHOIS privacy</b>, often "
                                    "free, so that staff names and phone numbers are not published. Turn on "
                                    "two-factor authentication for the registrar account, and set the domain to "
                                    "renew automatically.</p>",
                                },
                                {
                                    "title": "Choose hosting",
                                    "body": "<p>For a static site, free services such as GitHub Pages, Netlify or "
                                    "Cloudflare Pages are enough. For WordPress.org you need shared hosting, "
                                    "usually 3 to 10 US dollars a month. Choose a host that offers one-click "
                                    "WordPress installation, free Let's Encrypt certificates and automatic daily "
                                    "backups.</p>",
                                },
                                {
                                    "title": "Switch on HTTPS",
                                    "body": "<p>In your hosting control panel, look for “SSL”, “TLS” or “Let's "
                                    "Encrypt” and enable it for your domain. Then type your address with http:// "
                                    "and check that the browser moves to https:// by itself. If it does not, turn "
                                    "on the “Force HTTPS” option in the panel.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Let's Encrypt certificates are valid for 90 days, and good hosts renew them "
                            "automatically. Put a reminder in your calendar to check the padlock once a month "
                            "anyway.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>If your domain expires, someone else can buy it and publish anything at your "
                            "old address. Keep the payment card up to date, and make sure renewal reminders go to an "
                            "inbox that more than one person reads.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Domain and hosting checklist",
                            "items": [
                                "The domain is registered in the organisation's name",
                                "WHOIS privacy and automatic renewal are on",
                                "The registrar and hosting accounts use two-factor authentication",
                                "The site opens with https:// and shows a padlock",
                                "At least two people can log in to every account",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Why does HTTPS matter, even for a small site with no online payments?",
                            "choices": [
                                {
                                    "text": "It protects the visitor's connection, including what they type into "
                                    "your contact form",
                                    "correct": True,
                                    "explanation": "Right. Without HTTPS, anyone on the same network, such as a "
                                    "café's public Wi-Fi, can read or change the page and the data sent through it.",
                                },
                                {
                                    "text": "It puts the site first in Google results",
                                    "correct": False,
                                    "explanation": "Search engines slightly prefer HTTPS sites, but that is not the "
                                    "main reason. Protecting your visitors is.",
                                },
                                {
                                    "text": "It is only needed for shops and banks",
                                    "correct": False,
                                    "explanation": "Contact forms, volunteer sign-ups and the pages themselves can "
                                    "be read or altered without HTTPS. Every site needs it.",
                                },
                                {
                                    "text": "It is mainly a way to make pages load faster",
                                    "correct": False,
                                    "explanation": "Modern HTTPS can help speed a little, but it does not fix heavy "
                                    "images or slow hosting. Its purpose is security.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Let's Encrypt: Getting started",
                            "description": "How free HTTPS certificates work, and how hosting companies and tools "
                            "set them up for you.",
                            "url": "https://letsencrypt.org/getting-started/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "احصل على اسم نطاق واستضافة وشهادة HTTPS",
                "summary": (
                    "سجّل نطاقاً تملكه منظمتك، واختر استضافة معقولة الكلفة، وفعّل بروتوكول HTTPS مجاناً عبر Let's Encrypt."
                ),
                "body": [
                    (
                        "text",
                        "<p>اسم النطاق هو عنوانك على الإنترنت، مثل <b>yourgroup.org</b>، وتتراوح كلفته بين 10 و20 "
                        "دولاراً أمريكياً في السنة للامتدادات الشائعة مثل org وcom. أما الاستضافة فهي الحاسوب الذي "
                        "يحفظ موقعك ويرسله إلى الزوار. ويحدد هذان الخياران معاً هل يستطيع الناس الوصول إليكم، وهل "
                        "تبقون أصحاب القرار في موقعكم.</p>"
                        "<p>ثمة أمران هما الأهم: أولهما أن يُسجَّل النطاق باسم المنظمة، لا باسم متطوع أو مصمم مواقع. "
                        "وثانيهما أن يعمل الموقع ببروتوكول HTTPS الذي يظهر على شكل قفل في شريط العنوان. "
                        "فهذا البروتوكول "
                        "يشفّر الاتصال، فلا يستطيع أحد على الشبكة نفسها أن يقرأ ما يراه الزائر أو ما يكتبه في نموذج "
                        "التواصل، ولا أن يغيّره.</p>"
                        "<p>ولم يعد HTTPS يكلّف شيئاً، إذ تمنح مؤسسة Let's Encrypt غير الربحية شهادات مجانية، وتفعّلها "
                        "معظم شركات الاستضافة بنقرة واحدة.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "بريد إلكتروني باسم المنظمة يستطيع أكثر من شخص فتحه",
                                "بطاقة دفع، أو شريك موثوق يدفع عنكم عبر الإنترنت",
                                "اسمان أو ثلاثة أسماء مقترحة للنطاق",
                                "ميزانية تقارب 15 دولاراً في السنة للنطاق، ومن صفر إلى 100 دولار في السنة للاستضافة",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "اختر اسماً قصيراً وواضحاً",
                                    "body": "<p>اختر اسماً يسهل نطقه عبر الهاتف وكتابته على لوحة مفاتيح صغيرة، "
                                    "وتجنّب الشرطات والتهجئات التي قد يخلط الناس بينها. وتحقّق من أن الاسم نفسه متاح "
                                    "على منصات التواصل التي تستخدمونها.</p>",
                                },
                                {
                                    "title": "اختر الامتداد",
                                    "body": "<p>يسهل شراء نطاق بامتداد <b>org</b> من أي مسجّل نطاقات. أما امتداد "
                                    "<b>iq</b> فيدل على أنكم منظمة عراقية، لكنه يُدار داخل العراق ويتطلب عادة "
                                    "أوراقاً رسمية ووقتاً أطول. وتبدأ منظمات كثيرة بامتداد org ثم تضيف iq "
                                    "لاحقاً.</p>",
                                },
                                {
                                    "title": "سجّل النطاق باسم المنظمة",
                                    "body": "<p>تعامل مع مسجّل نطاقات معروف، واجعل المنظمة هي المالكة وبريدها "
                                    "الرسمي هو عنوان التواصل. فعّل خدمة <b>إخفاء بيانات WHOIS</b>، وهي مجانية في "
                                    "الغالب، حتى لا تُنشر أسماء العاملين وأرقام هواتفهم. وفعّل التحقق بخطوتين في "
                                    "حساب المسجّل، واضبط النطاق على التجديد التلقائي.</p>",
                                },
                                {
                                    "title": "اختر الاستضافة",
                                    "body": "<p>للموقع الثابت تكفي خدمات مجانية مثل GitHub Pages أو Netlify أو "
                                    "Cloudflare Pages. أما WordPress.org فيحتاج إلى استضافة مشتركة تكلّف عادة "
                                    "بين 3 و10 دولارات في الشهر. اختر شركة توفر تثبيت ووردبريس بنقرة واحدة، "
                                    "وشهادات Let's Encrypt مجانية، ونسخاً احتياطية يومية تلقائية.</p>",
                                },
                                {
                                    "title": "فعّل HTTPS",
                                    "body": "<p>ابحث في لوحة تحكم الاستضافة عن «SSL» أو «TLS» أو «Let's "
                                    "Encrypt» وفعّله لنطاقك. ثم اكتب عنوان موقعك مسبوقاً بـ http:// وتأكد أن "
                                    "المتصفح ينتقل من تلقاء نفسه إلى https://، فإن لم يفعل ففعّل خيار «فرض HTTPS» "
                                    "في اللوحة.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>تصلح شهادات Let's Encrypt لمدة 90 يوماً، وتجدّدها شركات الاستضافة الجيدة "
                            "تلقائياً. ومع ذلك ضع تذكيراً في تقويمك لتتحقق من ظهور القفل مرة كل شهر.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>إذا انتهت صلاحية نطاقك فبوسع أي شخص أن يشتريه وينشر ما يشاء على عنوانكم "
                            "القديم. حافظوا على صلاحية بطاقة الدفع، وتأكدوا أن تذكيرات التجديد تصل إلى بريد يقرؤه "
                            "أكثر من شخص.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "قائمة التحقق من النطاق والاستضافة",
                            "items": [
                                "النطاق مسجّل باسم المنظمة",
                                "إخفاء بيانات WHOIS والتجديد التلقائي مفعّلان",
                                "حسابا المسجّل والاستضافة محميّان بالتحقق بخطوتين",
                                "الموقع يُفتح عبر https:// ويظهر فيه القفل",
                                "يستطيع شخصان على الأقل الدخول إلى كل حساب",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "لماذا يهم بروتوكول HTTPS حتى لموقع صغير لا يقبل مدفوعات عبر الإنترنت؟",
                            "choices": [
                                {
                                    "text": "لأنه يحمي اتصال الزائر، بما في ذلك ما يكتبه في نموذج التواصل",
                                    "correct": True,
                                    "explanation": "صحيح. من دون HTTPS يستطيع أي شخص على الشبكة نفسها، كشبكة "
                                    "Wi-Fi عامة في مقهى، أن يقرأ الصفحة والبيانات المرسلة عبرها أو يغيّرها.",
                                },
                                {
                                    "text": "لأنه يضع الموقع في أول نتائج غوغل",
                                    "correct": False,
                                    "explanation": "تفضّل محركات البحث المواقع الآمنة تفضيلاً طفيفاً، لكن هذا "
                                    "ليس السبب الرئيسي؛ السبب هو حماية زواركم.",
                                },
                                {
                                    "text": "لأنه ضروري للمتاجر والمصارف فقط",
                                    "correct": False,
                                    "explanation": "نماذج التواصل واستمارات التطوع والصفحات نفسها يمكن قراءتها أو "
                                    "التلاعب بها من دون HTTPS، فكل موقع يحتاج إليه.",
                                },
                                {
                                    "text": "لأنه وسيلة لتسريع تحميل الصفحات في المقام الأول",
                                    "correct": False,
                                    "explanation": "قد يحسّن HTTPS الحديث السرعة قليلاً، لكنه لا يعالج الصور "
                                    "الثقيلة أو الاستضافة البطيئة؛ فغايته الأمان.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "Let's Encrypt: كيف تبدأ",
                            "description": "شرح لطريقة عمل شهادات HTTPS المجانية، وكيف تضبطها لك شركات الاستضافة "
                            "والأدوات المختلفة (بالإنجليزية).",
                            "url": "https://letsencrypt.org/getting-started/",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "bilingual-pages",
            "minutes": 25,
            "en": {
                "title": "Build bilingual pages that work on any phone",
                "summary": (
                    "Publish Arabic and English pages that display right to left correctly, load fast over slow "
                    "connections and are easy for everyone to read."
                ),
                "body": [
                    (
                        "text",
                        "<p>Many of your visitors will read Arabic, some Kurdish, others English. A bilingual site "
                        "must do more than put two languages on one page. Arabic pages need to flow from right to "
                        "left, and every page needs to open quickly on a cheap phone with a weak mobile signal.</p>"
                        "<p>Accessibility is part of the same work. People with low vision, older people and anyone "
                        "reading in bright sunlight all benefit from clear text, strong contrast and descriptions of "
                        "images. What helps them helps every visitor.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Your site, or a test copy of it",
                                "The text of your pages, written in Arabic and in English",
                                "A phone with mobile data",
                                "A free image compressor that works in the browser, such as Squoosh (squoosh.app)",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Give each language its own page",
                                    "body": "<p>Do not mix Arabic and English paragraphs on one page. In "
                                    "WordPress, a free plugin such as Polylang links each page to its translation. "
                                    "On a static site, keep Arabic pages in an /ar/ folder and English pages in "
                                    "/en/. Put a clear language switch at the top of every page.</p>",
                                },
                                {
                                    "title": "Set the direction to right to left",
                                    "body": "<p>Arabic pages must declare their language and direction; in the "
                                    'code this is lang="ar" dir="rtl". Most WordPress themes do this by themselves '
                                    "when the site language is Arabic. Check that menus, lists and icons move to the "
                                    "right and that punctuation sits in the right place.</p>",
                                },
                                {
                                    "title": "Shrink your images",
                                    "body": "<p>A photo straight from a phone often weighs 3 to 5 MB. Resize it to "
                                    "about 1200 pixels wide and compress it to under 200 KB. Aim for a whole page "
                                    "under 1 MB, so that it opens on a weak 3G connection.</p>",
                                },
                                {
                                    "title": "Write for everyone",
                                    "body": "<p>Use a font size of at least 16 pixels, dark text on a light "
                                    "background, and headings that say what follows. Give every image a short text "
                                    "alternative that describes it. Never put important information only inside an "
                                    "image, because screen readers and search engines cannot read it.</p>",
                                },
                                {
                                    "title": "Test on a real phone",
                                    "body": "<p>Switch off Wi-Fi and open the site on mobile data. Read one page in "
                                    "each language. Can you find the contact details in under ten seconds? Ask "
                                    "someone who did not build the site to try it too.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Choose a font that handles Arabic well, such as the free Noto Naskh Arabic "
                            "or Noto Sans Arabic. If you also publish in Sorani Kurdish, check that letters such as "
                            "ڕ, ڵ and ۆ display correctly.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>Leave out tracking scripts. You do not need advertising pixels or analytics "
                            "that follow your visitors around the web. Your hosting panel can show simple visit "
                            "counts from its own server logs, which is enough for most reports to donors.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Check every page",
                            "items": [
                                "It has an Arabic and an English version, linked by a language switch",
                                "Arabic text, menus and lists run from right to left",
                                "The whole page weighs less than 1 MB",
                                "Every image has a text alternative",
                                "Text is at least 16 pixels and easy to read in sunlight",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Your home page takes 20 seconds to open on mobile data. What should you "
                            "check first?",
                            "choices": [
                                {
                                    "text": "Large, uncompressed photos",
                                    "correct": True,
                                    "explanation": "Right. Images are usually the heaviest part of a page. Resizing "
                                    "and compressing them often cuts loading time by more than half.",
                                },
                                {
                                    "text": "The amount of Arabic text",
                                    "correct": False,
                                    "explanation": "Text is very light. Even a long Arabic page weighs only a few "
                                    "kilobytes.",
                                },
                                {
                                    "text": "The HTTPS padlock",
                                    "correct": False,
                                    "explanation": "HTTPS adds almost no weight. Removing it would put visitors at "
                                    "risk without making the page noticeably faster.",
                                },
                                {
                                    "text": "Having two languages on the site",
                                    "correct": False,
                                    "explanation": "Each visitor loads only one language version of a page, so a "
                                    "second language does not slow it down.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "W3C: Structural markup and right-to-left text in HTML",
                            "description": "A clear guide from the W3C on setting the language and direction of "
                            "Arabic and other right-to-left pages.",
                            "url": "https://www.w3.org/International/questions/qa-html-dir",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "ابنِ صفحات بلغتين تعمل على أي هاتف",
                "summary": (
                    "انشر صفحات عربية وإنجليزية تُعرض من اليمين إلى اليسار كما ينبغي، وتُفتح بسرعة على الاتصالات "
                    "البطيئة، ويسهل على الجميع قراءتها."
                ),
                "body": [
                    (
                        "text",
                        "<p>سيقرأ كثير من زوارك بالعربية، وبعضهم بالكردية، وآخرون بالإنجليزية. والموقع ثنائي اللغة "
                        "ليس مجرد صفحة تتجاور فيها لغتان؛ فالصفحات العربية يجب أن تنساب من اليمين إلى اليسار، وكل "
                        "صفحة يجب أن تُفتح سريعاً على هاتف رخيص وإشارة ضعيفة.</p>"
                        "<p>وسهولة الوصول جزء من العمل نفسه. فضعاف البصر وكبار السن ومن يقرأ تحت شمس ساطعة، كلهم "
                        "يستفيدون من النص الواضح والتباين القوي ووصف الصور. وما ينفعهم ينفع كل زائر.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "موقعك، أو نسخة تجريبية منه",
                                "نصوص صفحاتك مكتوبة بالعربية والإنجليزية",
                                "هاتف فيه باقة بيانات",
                                "أداة مجانية لضغط الصور تعمل داخل المتصفح، مثل Squoosh على العنوان squoosh.app",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "خصّص لكل لغة صفحتها",
                                    "body": "<p>لا تخلط الفقرات العربية والإنجليزية في صفحة واحدة. في ووردبريس "
                                    "تربط إضافة مجانية مثل Polylang كل صفحة بترجمتها، وفي الموقع الثابت ضع الصفحات "
                                    "العربية في مجلد باسم ar والإنجليزية في مجلد باسم en. "
                                    "وضع في أعلى كل صفحة زراً واضحاً "
                                    "للتبديل بين اللغتين.</p>",
                                },
                                {
                                    "title": "اضبط الاتجاه من اليمين إلى اليسار",
                                    "body": "<p>يجب أن تعلن الصفحات العربية لغتها واتجاهها، وهذا في الشيفرة "
                                    'lang="ar" dir="rtl". ومعظم قوالب ووردبريس تفعل ذلك تلقائياً حين تكون لغة '
                                    "الموقع العربية. تأكد أن القوائم والتعدادات والأيقونات تنتقل إلى اليمين، وأن "
                                    "علامات الترقيم في مواضعها الصحيحة.</p>",
                                },
                                {
                                    "title": "صغّر حجم صورك",
                                    "body": "<p>كثيراً ما يبلغ حجم الصورة الملتقطة بالهاتف بين 3 و5 ميغابايت. "
                                    "صغّر عرضها إلى نحو 1200 بكسل واضغطها إلى أقل من 200 كيلوبايت، واجعل الصفحة "
                                    "كلها دون 1 ميغابايت لتُفتح حتى على اتصال 3G ضعيف.</p>",
                                },
                                {
                                    "title": "اكتب للجميع",
                                    "body": "<p>استخدم خطاً لا يقل حجمه عن 16 بكسل، ونصاً داكناً على خلفية فاتحة، "
                                    "وعناوين فرعية تدل على ما بعدها. واكتب لكل صورة نصاً بديلاً قصيراً يصفها، ولا "
                                    "تضع معلومة مهمة داخل صورة وحدها، لأن قارئات الشاشة ومحركات البحث لا تستطيع "
                                    "قراءتها.</p>",
                                },
                                {
                                    "title": "جرّب على هاتف حقيقي",
                                    "body": "<p>أطفئ شبكة Wi-Fi وافتح الموقع عبر بيانات الهاتف، واقرأ صفحة بكل "
                                    "لغة. هل تجد معلومات التواصل في أقل من عشر ثوانٍ؟ واطلب من شخص لم يشارك في بناء "
                                    "الموقع أن يجرّبه أيضاً.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>اختر خطاً يُحسن عرض العربية، مثل الخطين المجانيين Noto Naskh Arabic و"
                            "Noto Sans Arabic. وإن كنتم تنشرون بالكردية السورانية أيضاً فتأكد من ظهور حروف مثل "
                            "ڕ وڵ وۆ على نحو صحيح.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "note",
                            "text": "<p>استغنِ عن شيفرات التتبع، فلا حاجة بك إلى بكسلات الإعلانات ولا إلى أدوات "
                            "تحليل تلاحق زوارك من موقع إلى آخر. تعرض لوحة الاستضافة أعداداً بسيطة للزيارات من سجلات "
                            "الخادم نفسه، وهذا يكفي لمعظم التقارير المقدمة إلى المانحين.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "راجع كل صفحة",
                            "items": [
                                "لها نسخة عربية وأخرى إنجليزية يربط بينهما زر لتبديل اللغة",
                                "النص العربي والقوائم والتعدادات تسير من اليمين إلى اليسار",
                                "حجم الصفحة كاملة أقل من 1 ميغابايت",
                                "لكل صورة نص بديل",
                                "حجم الخط 16 بكسل على الأقل، ويسهل قراءته تحت الشمس",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "تستغرق صفحتك الرئيسية 20 ثانية لتُفتح عبر بيانات الهاتف. ما أول ما "
                            "ينبغي أن تتحقق منه؟",
                            "choices": [
                                {
                                    "text": "الصور الكبيرة غير المضغوطة",
                                    "correct": True,
                                    "explanation": "صحيح. الصور عادة أثقل ما في الصفحة، وتصغيرها وضغطها كثيراً ما "
                                    "يختصر زمن التحميل إلى أقل من النصف.",
                                },
                                {
                                    "text": "كمية النص العربي",
                                    "correct": False,
                                    "explanation": "النص خفيف جداً، وحتى الصفحة العربية الطويلة لا يتجاوز حجمها "
                                    "بضعة كيلوبايتات.",
                                },
                                {
                                    "text": "قفل HTTPS",
                                    "correct": False,
                                    "explanation": "لا يكاد HTTPS يضيف شيئاً إلى حجم الصفحة، وإزالته تعرّض الزوار "
                                    "للخطر من دون أن تسرّع الصفحة تسريعاً يُذكر.",
                                },
                                {
                                    "text": "وجود لغتين في الموقع",
                                    "correct": False,
                                    "explanation": "لا يحمّل الزائر إلا نسخة واحدة من الصفحة بلغة واحدة، فاللغة "
                                    "الثانية لا تبطئها.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "W3C: الترميز البنيوي والنصوص من اليمين إلى اليسار في HTML",
                            "description": "دليل واضح من اتحاد W3C لضبط لغة الصفحات العربية وغيرها من الصفحات "
                            "المكتوبة من اليمين إلى اليسار واتجاهها.",
                            "url": "https://www.w3.org/International/questions/qa-html-dir",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "keep-it-safe",
            "minutes": 20,
            "en": {
                "title": "Keep your site safe: updates, accounts and backups",
                "summary": (
                    "Set up a short routine of updates, strong logins and off-site backups, so your site survives "
                    "attacks and mistakes."
                ),
                "body": [
                    (
                        "text",
                        "<p>Most hacked websites are not attacked by clever specialists. They are found by automated "
                        "programs that scan the internet for old software and weak passwords, and an outdated plugin "
                        "is the most common way in. For an organisation whose work is sensitive, a defaced or "
                        "hijacked site can also damage your reputation and put the people you work with at risk.</p>"
                        "<p>The good news is that a fifteen-minute routine, done every week, blocks most of these "
                        "attacks. And if something still goes wrong, a recent backup lets you restore the site in an "
                        "hour instead of rebuilding it from nothing.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "Administrator access to your site and your hosting account",
                                "A password manager such as Bitwarden or KeePassXC",
                                "An authenticator app on your phone, such as Aegis Authenticator or FreeOTP",
                                "A place for backups outside your hosting, such as an encrypted external drive or "
                                "a separate cloud storage account",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "Turn on automatic updates",
                                    "body": "<p>In WordPress, open <b>Dashboard → Updates</b> and install anything "
                                    "that is waiting: WordPress itself, your theme and your plugins. On the "
                                    "<b>Plugins</b> page, click “Enable auto-updates” next to each plugin. Check "
                                    "once a week that nothing is left.</p>",
                                },
                                {
                                    "title": "Remove what you do not use",
                                    "body": "<p>Delete plugins and themes that you have deactivated; switching "
                                    "them off is not enough. Install only what you need, from the official "
                                    "WordPress.org directory or well-known developers. Never install “free” copies "
                                    "of paid plugins from random sites, because they often contain malware.</p>",
                                },
                                {
                                    "title": "Protect every login",
                                    "body": "<p>Give each person their own account with the lowest role they need: "
                                    "Editor for writers, and Administrator for one or two people only. Use long, "
                                    "unique passwords kept in a password manager, and add two-factor authentication "
                                    "with a plugin such as Two Factor.</p>",
                                },
                                {
                                    "title": "Set up backups",
                                    "body": "<p>A plugin such as UpdraftPlus can back up your files and database "
                                    "every week and send copies to a separate storage account. Keep at least one "
                                    "copy outside your hosting company, so that a problem there does not take your "
                                    "backups with it.</p>",
                                },
                                {
                                    "title": "Test a restore",
                                    "body": "<p>Twice a year, restore a backup to a test site. A backup that has "
                                    "never been restored is only a hope. Write the steps down, so that another team "
                                    "member can do it without you.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>When someone leaves your team, delete their account, or change the "
                            "passwords they knew, on the same day. Forgotten accounts of former volunteers are a "
                            "common way into organisational sites.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>Put a fifteen-minute “site check” in the team calendar every week: install "
                            "updates, look through the list of users, and confirm that the latest backup "
                            "finished.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Weekly site check",
                            "items": [
                                "WordPress, the theme and all plugins are up to date",
                                "No unused plugins or themes are left",
                                "Every user still works with us and has the right role",
                                "All administrators use two-factor authentication",
                                "The latest backup finished, and a copy is stored outside the hosting",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "An NGO in Erbil had its site hacked through an old plugin. Its only "
                            "backup was stored on the same hosting account and was deleted in the attack. What "
                            "would have helped? Choose all that apply.",
                            "choices": [
                                {
                                    "text": "Keeping a copy of the backups outside the hosting account",
                                    "correct": True,
                                    "explanation": "Right. Backups stored only on the same server can be lost in "
                                    "the same attack or outage. At least one copy should live somewhere else.",
                                },
                                {
                                    "text": "Updating plugins regularly and removing unused ones",
                                    "correct": True,
                                    "explanation": "Also right. Most break-ins use known flaws in outdated "
                                    "plugins, so regular updates would probably have prevented this attack.",
                                },
                                {
                                    "text": "Switching to a new theme",
                                    "correct": False,
                                    "explanation": "A new theme does not fix an old plugin. Updates and fewer "
                                    "plugins are what reduce the risk.",
                                },
                                {
                                    "text": "Hiding the login page",
                                    "correct": False,
                                    "explanation": "Hiding the login page cuts down automated password guessing, "
                                    "but it would not stop an attack through a vulnerable plugin.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "WordPress security white paper",
                            "description": "How WordPress handles security, and why running the latest version "
                            "matters.",
                            "url": "https://wordpress.org/about/security/",
                        },
                    ),
                ],
            },
            "ar": {
                "title": "حافظ على أمان موقعك: التحديثات والحسابات والنسخ الاحتياطية",
                "summary": (
                    "ضع روتيناً قصيراً للتحديثات وتسجيل الدخول المحصّن والنسخ الاحتياطية خارج الخادم، ليصمد موقعك "
                    "أمام الهجمات والأخطاء."
                ),
                "body": [
                    (
                        "text",
                        "<p>لا يقف خلف اختراق معظم المواقع خبراء بارعون، بل برامج آلية تمسح الإنترنت بحثاً عن برمجيات "
                        "قديمة وكلمات مرور ضعيفة، والإضافة غير المحدّثة هي أكثر الأبواب شيوعاً لدخولها. وإذا كان عمل "
                        "منظمتك حساساً فإن تشويه موقعها أو الاستيلاء عليه قد يضر بسمعتها ويعرّض من تعمل معهم "
                        "للخطر.</p>"
                        "<p>والخبر السار أن روتيناً أسبوعياً لا يتجاوز ربع ساعة يصدّ أغلب هذه الهجمات. وإن وقعت "
                        "مشكلة رغم ذلك، فنسخة احتياطية حديثة تتيح لك استعادة الموقع في ساعة بدلاً من بنائه من "
                        "جديد.</p>",
                    ),
                    (
                        "what_you_need",
                        {
                            "items": [
                                "صلاحية المدير في موقعك وفي حساب الاستضافة",
                                "مدير لكلمات المرور مثل Bitwarden أو KeePassXC",
                                "تطبيق مصادقة على هاتفك مثل Aegis Authenticator أو FreeOTP",
                                "مكان للنسخ الاحتياطية خارج الاستضافة، كقرص خارجي مشفّر أو حساب تخزين سحابي منفصل",
                            ]
                        },
                    ),
                    (
                        "steps",
                        {
                            "steps": [
                                {
                                    "title": "فعّل التحديثات التلقائية",
                                    "body": "<p>افتح في ووردبريس <b>لوحة التحكم ← التحديثات</b> وثبّت كل ما "
                                    "ينتظر: ووردبريس نفسه والقالب والإضافات. وفي صفحة <b>الإضافات</b> انقر «تفعيل "
                                    "التحديثات التلقائية» بجانب كل إضافة، ثم تحقّق مرة في الأسبوع من أنه لم يبقَ "
                                    "شيء معلّقاً.</p>",
                                },
                                {
                                    "title": "احذف ما لا تستخدمه",
                                    "body": "<p>احذف الإضافات والقوالب المعطّلة، فتعطيلها وحده لا يكفي. ولا تثبّت "
                                    "إلا ما تحتاج إليه من الدليل الرسمي في WordPress.org أو من مطوّرين معروفين. "
                                    "وإياك أن تثبّت نسخاً «مجانية» من إضافات مدفوعة تجدها في مواقع مجهولة، فكثيراً ما "
                                    "تحمل برمجيات خبيثة.</p>",
                                },
                                {
                                    "title": "احمِ كل عملية دخول",
                                    "body": "<p>امنح كل شخص حساباً خاصاً به بأدنى صلاحية يحتاجها: «محرر» لمن "
                                    "يكتب، و«مدير» لشخص أو شخصين فقط. استخدم كلمات مرور طويلة وفريدة تحفظها في "
                                    "مدير كلمات المرور، وأضف التحقق بخطوتين عبر إضافة مثل Two Factor.</p>",
                                },
                                {
                                    "title": "جهّز النسخ الاحتياطية",
                                    "body": "<p>تستطيع إضافة مثل UpdraftPlus أن تنسخ ملفاتك وقاعدة بياناتك كل "
                                    "أسبوع وترسل النسخ إلى حساب تخزين منفصل. احتفظ بنسخة واحدة على الأقل خارج شركة "
                                    "الاستضافة، حتى لا تضيع نسخك الاحتياطية إن أصابها عطل أو اختراق.</p>",
                                },
                                {
                                    "title": "جرّب الاستعادة",
                                    "body": "<p>استعد نسخة احتياطية على موقع تجريبي مرتين في السنة، فالنسخة التي "
                                    "لم تُجرَّب استعادتها قط ليست إلا أمنية. ودوّن الخطوات كتابةً ليتمكن زميل آخر من "
                                    "القيام بها في غيابك.</p>",
                                },
                            ]
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "text": "<p>حين يغادر أحد فريقك، احذف حسابه أو غيّر كلمات المرور التي كان يعرفها في "
                            "اليوم نفسه. فالحسابات المنسية لمتطوعين سابقين باب شائع لاختراق مواقع المنظمات.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": "<p>خصّصوا في تقويم الفريق ربع ساعة أسبوعياً «لفحص الموقع»: ثبّتوا التحديثات، "
                            "وراجعوا قائمة المستخدمين، وتأكدوا من اكتمال آخر نسخة احتياطية.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "الفحص الأسبوعي للموقع",
                            "items": [
                                "ووردبريس والقالب وجميع الإضافات محدّثة",
                                "لم تبقَ إضافات أو قوالب غير مستخدمة",
                                "كل مستخدم ما زال يعمل معنا وصلاحيته مناسبة",
                                "جميع المديرين يستخدمون التحقق بخطوتين",
                                "اكتملت آخر نسخة احتياطية، وتوجد نسخة منها خارج الاستضافة",
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "اختُرق موقع منظمة في أربيل عبر إضافة قديمة، وكانت نسختها الاحتياطية "
                            "الوحيدة محفوظة في حساب الاستضافة نفسه فحُذفت في الهجوم. ما الذي كان سيساعدها؟ اختر "
                            "كل الإجابات الصحيحة.",
                            "choices": [
                                {
                                    "text": "الاحتفاظ بنسخة من النسخ الاحتياطية خارج حساب الاستضافة",
                                    "correct": True,
                                    "explanation": "صحيح. النسخ المحفوظة على الخادم نفسه قد تضيع في الهجوم أو "
                                    "العطل ذاته، فلا بد من نسخة واحدة على الأقل في مكان آخر.",
                                },
                                {
                                    "text": "تحديث الإضافات بانتظام وحذف غير المستخدم منها",
                                    "correct": True,
                                    "explanation": "صحيح أيضاً. معظم الاختراقات تستغل ثغرات معروفة في إضافات "
                                    "قديمة، فالتحديث المنتظم كان على الأرجح سيمنع هذا الهجوم.",
                                },
                                {
                                    "text": "الانتقال إلى قالب جديد",
                                    "correct": False,
                                    "explanation": "القالب الجديد لا يصلح إضافة قديمة، وما يقلل الخطر هو التحديث "
                                    "وتقليل عدد الإضافات.",
                                },
                                {
                                    "text": "إخفاء صفحة تسجيل الدخول",
                                    "correct": False,
                                    "explanation": "إخفاء صفحة الدخول يقلل محاولات تخمين كلمات المرور الآلية، لكنه "
                                    "لا يوقف هجوماً يستغل ثغرة في إضافة.",
                                },
                            ],
                        },
                    ),
                    (
                        "resource",
                        {
                            "title": "الورقة البيضاء لأمان ووردبريس",
                            "description": "كيف يتعامل ووردبريس مع الأمان، ولماذا يهم تشغيل أحدث إصدار منه "
                            "(بالإنجليزية).",
                            "url": "https://wordpress.org/about/security/",
                        },
                    ),
                ],
            },
        },
    ],
}
