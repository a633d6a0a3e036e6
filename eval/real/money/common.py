"""Shared helpers for eval/real/money: source access, text normalisation, sentence split, money regexes."""
import html, json, re, subprocess

MIRROR = {'duynht/financial-news-dataset': 'duynht+financial-news-dataset',
          'loki86/ksr_zadanie1V2': 'loki86+ksr_zadanie1V2', 'hephaex/Baram': 'hephaex+Baram'}
COMMIT = {'duynht/financial-news-dataset': 'cf56327f683ab2ba128a1e9954dee8f36028a7a7',
          'loki86/ksr_zadanie1V2': 'd16457fd9d6d2b623fffc163746092b89a6e2fef',
          # older Baram commit that still tracks output/raw/ (removed in 04b6557f)
          'hephaex/Baram': '84edb470c4d89a44d3376cf5d18747318da45211'}


def git_show(repo, path, commit=None):
    raw = subprocess.run(['git', '-C', f'/work/.mirror/{MIRROR[repo]}/repo', 'show', f'{commit or COMMIT[repo]}:{path}'],
                         capture_output=True, check=True).stdout
    return raw.decode('latin-1' if repo == 'loki86/ksr_zadanie1V2' else 'utf-8', 'replace')


def norm(s):
    """HTML entities decoded, tags removed, whitespace collapsed (the eval README's 'verbatim')."""
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return re.sub(r'\s+', ' ', s).strip()


ABBR = r'(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bU\.S)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bvs)' \
       r'(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bU\.K)(?<!\bBros)(?<!\bPLC)(?<!\bplc)'


def sentences(text):
    # also split glued sentences ("won ($1.4 billion).The paper unit"), common in the Korean English-language sites
    return [s for s in re.split(ABBR + r'(?<=[.!?])\s+(?=[A-Z"(<])|(?<=[a-z)][.])(?=[A-Z][a-z])', text) if s]


NUM = r'\d[\d,]*(?:\.\d+)?(?:\s*(?:mln|million|billion|bln|trillion|tln|crore|lakh|thousand))?'
CUR_WORD = (r'(?:dlrs|dollars?|yen|won|euros?|pounds|stg|sterling|crowns|kronor|kroner|krona|francs|marks|lire|lira|'
            r'pesetas|guilders|rupees|yuan|renminbi|rand|riyals?|ringgit|baht|pesos|reais|roubles|rubles|zlotys?|forints?|'
            r'dinars?|dirhams?|shekels|rupiah|escudos|schillings|drachmas|cents|pence|p\b|rupee|naira|pounds sterling)')
PREFIX = r'(?:US\$|U\.S\. ?\$|C\$|A\$|S\$|HK\$|NZ\$|NT\$|R\$|\$|€|£|¥|Rs\.? ?|EUR ?|USD ?|GBP ?|JPY ?|CHF ?|SEK ?|NOK ?|DKK ?)'
AMOUNT = re.compile(r'(?:' + PREFIX + NUM + r'|' + NUM + r'[- ](?:(?:Swiss|French|Belgian|Canadian|Australian|Hong Kong|'
                    r'New Zealand|Singapore|Taiwan|U\.S\.|Saudi|Swedish|Norwegian|Danish|Dutch|West German|Indian|South African|Mexican|'
                    r'Brazilian|Philippine|Malaysian|Kuwaiti|Chinese|New Taiwan|Japanese|Irish|Italian|Austrian|Finnish)\s+)?' + CUR_WORD + r')')
USDISH = re.compile(r'^(?:US\$|U\.S\. ?\$|\$|USD)|dlrs$|cents$|(?<!Canadian )(?<!Australian )dollars?$')
GBPISH = re.compile(r'^(?:£|GBP)|pounds$|stg$|sterling$|pence$|p$')


def family(a):
    a = a.strip()
    return 'USD' if USDISH.search(a) else 'GBP' if GBPISH.search(a) else a.split()[-1]
GAP = re.compile(r'^\s*(?:\(|\[|,\s*or|or|,\s*equivalent to|,? ?equivalent to|, about|, roughly|, worth)?\s*'
                 r'(?:about|around|roughly|some|approximately|nearly|almost|or|over|more than)?\s*$')


def amounts(s):
    return list(AMOUNT.finditer(s))


def has_conversion(s):
    """Two adjacent money amounts of different currencies joined by '(', ', or', 'equivalent to', ..."""
    ms = amounts(s)
    for a, b in zip(ms, ms[1:]):
        if GAP.match(s[a.end():b.start()]) and family(a.group()) != family(b.group()) \
                and not re.match(r'\s*(?:a|per) share', s[b.end():]):
            return True
    return False


PRICE = re.compile(r'(?:percent|pct|%)[^.;]{0,40}?\b(?:to|at)\s+(?:a\s+)?(?:record\s+|low\s+of\s+|high\s+of\s+)?' + r'(?:' + AMOUNT.pattern + ')'
                   r'|\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|dropped|slipped|jumped)\s+' + r'(?:' + AMOUNT.pattern + ')')
