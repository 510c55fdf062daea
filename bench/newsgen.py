"""Generate news-like articles from our own templates (seeded, reproducible).

Used by the benchmarks: the text reads like wire copy (datelines, officials, quotes,
several paragraphs) so parsing and coding costs are realistic.
"""

from __future__ import annotations

import datetime as dt
import random

from eventwire.model import Article

COUNTRIES = [
    ("Iran", "Iranian", "Tehran"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"), ("Turkey", "Turkish", "Ankara"),
    ("Egypt", "Egyptian", "Cairo"), ("Nigeria", "Nigerian", "Abuja"), ("Brazil", "Brazilian", "Brasilia"),
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Israel", "Israeli", "Jerusalem"), ("Kenya", "Kenyan", "Nairobi"),
    ("Mexico", "Mexican", "Mexico City"), ("Saudi Arabia", "Saudi", "Riyadh"), ("Syria", "Syrian", "Damascus"),
]
ROLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "Interior Minister"]
SURNAMES = ["Karimi", "Petrov", "Wang", "Sharma", "Khan", "Yilmaz", "Hassan", "Okafor", "Silva", "Martin",
            "Schmidt", "Tanaka", "Kovalenko", "Levi", "Otieno", "Lopez", "Al-Saud", "Haddad"]

SENTENCES = [
    "{A_dem} {role} {name} met his {B_dem} counterpart in {B_cap} on {day} to discuss trade and security.",
    "{A} and {B} signed an agreement on energy cooperation, officials said.",
    "{A_dem} troops attacked rebel positions near the border with {B}, killing at least {n} fighters.",
    "Police in {A_cap} arrested {n} protesters who had demanded the resignation of the government.",
    "{A} condemned the {B_dem} decision to expel its ambassador and threatened to retaliate.",
    "The {A_dem} government said it would send humanitarian aid to {B} after the floods.",
    "{name} told reporters that {A} would not accept any foreign interference in its internal affairs.",
    "Thousands of people demonstrated in {A_cap} on {day} against rising food prices.",
    "{A} accused {B} of violating the ceasefire and called on the United Nations to investigate.",
    "{B_dem} officials praised {A} for its role in mediating the dispute.",
    "The {A_dem} foreign ministry summoned the {B_dem} ambassador to protest against the remarks.",
    "{A} plans to hold joint military exercises with {B} next month, the defence ministry said.",
    "{A_dem} warplanes bombed targets in {B} overnight, according to a monitoring group.",
    "The two countries agreed to resume negotiations on a free trade deal.",
    "\"We are ready to cooperate with all our neighbours,\" {name} said in a televised speech.",
    "{A} imposed new sanctions on {B_dem} banks and officials on {day}.",
    "{A_dem} forces released {n} prisoners as part of an exchange deal with {B}.",
    "The talks in {C_cap} ended without agreement, and {B} rejected the proposal.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(template: str, rng: random.Random) -> str:
    a, b, c = rng.sample(COUNTRIES, 3)
    return template.format(
        A=a[0], A_dem=a[1], A_cap=a[2], B=b[0], B_dem=b[1], B_cap=b[2], C_cap=c[2],
        role=rng.choice(ROLES), name=rng.choice(SURNAMES), day=rng.choice(DAYS), n=rng.randint(2, 60),
    )


def generate_articles(n: int | None = None, target_chars: int | None = None, seed: int = 1) -> list[Article]:
    """`n` articles, or as many as reach `target_chars` of text."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    out: list[Article] = []
    total = 0
    i = 0
    while (n is not None and i < n) or (target_chars is not None and total < target_chars):
        a = rng.choice(COUNTRIES)
        paragraphs = [f"{a[2].upper()} - " + _fill(rng.choice(SENTENCES), rng)]
        for _ in range(rng.randint(3, 7)):
            paragraphs.append(" ".join(_fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(1, 3))))
        text = "\n\n".join(paragraphs)
        out.append(Article(id=f"gen-{seed}-{i:06d}", text=text,
                           published=start + dt.timedelta(days=rng.randint(0, 1500)), publisher="generated"))
        total += len(text)
        i += 1
    return out
