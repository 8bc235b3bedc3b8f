"""Words the synthetic data is made of: names in several scripts, companies, places."""

from __future__ import annotations

# (first names, family names) per naming culture, so a full name never mixes scripts.
NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Ana", "Bruno", "Chloé", "Élodie", "François", "Inês", "João", "Léa", "Noël", "Zoë"),
        ("Souza", "Lefèvre", "Gonçalves", "Müller", "Ångström", "Núñez", "O'Brien", "Dubois"),
    ),
    (
        ("James", "Priya", "Olivia", "Marcus", "Hannah", "Liam", "Grace", "Samuel", "Maya"),
        ("Smith", "Patel", "Okafor", "Nguyen", "Kowalski", "Fitzgerald", "Whitfield-Moreau"),
    ),
    (
        ("Дмитрий", "Анна", "Сергей", "Ольга", "Иван"),
        ("Петрова", "Иванов", "Смирнова", "Кузнецов"),
    ),
    (("Γιώργος", "Ελένη", "Νίκος"), ("Παπαδόπουλος", "Αντωνίου", "Νικολάου")),
    (("Yuki", "Haruto", "Sakura", "Kenji"), ("Nakamura", "Tanaka", "Suzuki", "Watanabe")),
    (("伟", "芳", "娜", "磊"), ("王", "李", "张", "刘")),
    (("محمد", "فاطمة", "أحمد", "ليلى"), ("العلي", "حسن", "منصور")),
    (("שרה", "דוד", "מיכל", "יונתן"), ("לוי", "כהן", "מזרחי")),
    (("अनन्या", "राहुल", "प्रिया"), ("शर्मा", "वर्मा", "गुप्ता")),
    (("Oluwaseun", "Chiamaka", "Kwame", "Amara"), ("Adeyemi", "Mensah", "Okonkwo")),
)
COMPANIES = (
    "Northwind Analytics",
    "Fabrikam",
    "Contoso",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Hooli",
    "Vandelay Industries",
    "Café Ünïcode GmbH",
    "Soylent Foods",
    "Tyrell Systems",
    "Wayne Logistics",
    "Acme Robotics",
    "Blue Harbor Bank",
    "Stark Energy",
    "Pied Piper",
    "",
)
TITLES = (
    "Software Engineer",
    "Staff Engineer",
    "Head of Data",
    "Product Manager",
    "Designer",
    "Technical Recruiter",
    "Talent Acquisition Partner",
    "Founder",
    "CTO",
    "Data Scientist",
    "Account Executive",
    "Research Scientist",
    "Engineering Manager",
    "",
)
LOCATIONS = (
    "Lisbon",
    "Berlin",
    "São Paulo",
    "Toronto",
    "Lagos",
    "Tel Aviv",
    "Osaka",
    "Lyon",
    "Austin",
    "London",
    "Zürich",
    "Москва",
    "Bengaluru",
    "",
)
INDUSTRIES = ("Software", "Finance", "Healthcare", "Logistics", "Energy", "Retail", "")
EVENTS = (
    "at PyData Lisbon",
    "at RustConf",
    "at the Berlin data meetup",
    "on the climbing trip",
    "at Initech, on the payments team",
    "at a friend's dinner",
    "at the AI safety workshop",
    "through the alumni network",
)
WHEN = ("last week", "in March", "two years ago", "last spring", "at the summit", "")
WORK = (
    "your talk on streaming pipelines",
    "your post about hiring juniors",
    "your open-source scheduler",
    "your paper on longevity risk",
    "the podcast episode on remote teams",
    "",
)
INTERESTS = (
    "chess",
    "open data",
    "climbing",
    "jazz",
    "Rust",
    "typography",
    "sailing",
    "urban cycling",
    "board games",
)
TOPICS = ("data contracts", "hiring", "pricing", "observability", "the Lisbon market")
ROLES = ("Senior Data Engineer", "Platform Lead", "Staff Product Designer")
OWN_TOPICS = ("data engineering and hiring", "pricing and analytics")
INTRO_REASONS = ("you both work on search ranking", "she is hiring in Lisbon")
# Notes strangers and acquaintances attach to their connection requests.
STOCK_NOTES = (
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi, I came across your profile and would love to connect.",
    "Let's connect!",
)
PERSONAL_NOTES = (
    "Hi! We spoke briefly after your talk at PyData; I'm the one who asked about back-pressure.",
    "Your post about hiring juniors convinced my team to try it; would love to stay in touch.",
    "We both climb at the Lyon gym on Thursdays; I'm building a route-setting tool.",
)
# Messages written without a template: generic ones, the kind the checker warns about.
FREE_TEXTS = (
    "Hi {first}, I'd like to add you to my professional network.",
    "Hi {first}, I came across your profile and thought we should connect.",
    "Dear {first}, I hope this finds you well. Let's connect!",
    "Hi {first}, great to see what {company} is doing. Happy to connect.",
)
