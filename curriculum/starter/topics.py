"""Starter topics, keyed by a stable slug shared by both editions."""

TOPICS = {
    "digital-presence": {
        "en": {"name": "Digital presence", "description": "Websites and blogs that tell people who you are."},
        "ar": {"name": "الحضور الرقمي", "description": "مواقع ومدوّنات تعرّف الناس بكم وبعملكم."},
    },
    "campaigns": {
        "en": {"name": "Campaigns and mobilisation", "description": "Reaching people and moving them to act."},
        "ar": {"name": "الحملات والتعبئة", "description": "الوصول إلى الناس ودفعهم إلى الفعل."},
    },
    "networks": {
        "en": {"name": "Networks and coalitions", "description": "Building communities that last."},
        "ar": {"name": "الشبكات والتحالفات", "description": "بناء مجتمعات وشبكات تدوم."},
    },
    "accountability": {
        "en": {"name": "Transparency and accountability", "description": "Open work and holding power to account."},
        "ar": {"name": "الشفافية والمساءلة", "description": "العمل المنفتح ومساءلة أصحاب السلطة."},
    },
    "information": {
        "en": {"name": "Information integrity", "description": "Checking facts and countering false stories."},
        "ar": {"name": "سلامة المعلومات", "description": "التحقق من الأخبار والتصدي للمعلومات المضللة."},
    },
    "resilience": {
        "en": {"name": "Digital safety and resilience", "description": "Staying safe and connected when it is hard."},
        "ar": {"name": "السلامة الرقمية والصمود", "description": "البقاء آمنين ومتصلين في الظروف الصعبة."},
    },
}
