#!/usr/bin/env python3
"""Rebuild the DuEE-Fin evaluation set for roundup from DuEE-Fin's TRAIN split.

    python3 build.py /path/to/duee_fin_train.json            # writes tune/ and heldout/ next to this file
    python3 build.py /path/to/duee_fin_train.json --out DIR
    python3 build.py --selftest                               # synthetic fixtures only, no DuEE data

Python 3 standard library only.

Input: the official `duee_fin_train.json` (JSON lines, 7,015 documents; git blob
048e0bc95a9c0c5e26983345fc140dcc62a19e6a, as stored in HuipengXu/DuEE-fin-ChatGLM-6B
`DuEE_fin/duee_fin_train.json` and qinyan-li/DocEE `Data/DuEEData/train.json`). The script refuses any
other file (a dev or test split, a modified copy) unless --allow-unverified is given, and refuses file names
that mention dev or test in every case: the set must come from the train split only.

Selection: documents with at least one event of type 企业融资, 企业收购 (the schema's name for
"被收购" events; 被收购 is accepted too) or 公司上市. Other event types are ignored.

Output (same shape as shared/seed/labels.json, one entry per document):
    OUT/tune/pages/duee_<id>.txt     OUT/tune/labels.json
    OUT/heldout/pages/duee_<id>.txt  OUT/heldout/labels.json
    OUT/README.md                    (source, rules, counts; regenerated on every run)
A page is: line 1 = DuEE title (first sentence of the text if there is no title), a blank line, the text.

Split: bucket = int(sha1(id)[:8], 16) % 100; bucket < 40 -> tune, else heldout. When more than 1,000
documents are selected, each part is capped (tune 600, heldout 400), keeping the documents with the smallest
sha1("rank:" + id). Deterministic: the same input always gives the same parts.

The conversion rules are listed in RULES below and repeated in the generated README.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal
from collections import Counter, OrderedDict

EXPECTED_BLOB = "048e0bc95a9c0c5e26983345fc140dcc62a19e6a"
EXPECTED_DOCS = 7015
SOURCES = [
    ("HuipengXu/DuEE-fin-ChatGLM-6B", "2280afc3cef914f9dcc2c7a4aba440bbd07c1886", "DuEE_fin/duee_fin_train.json"),
    ("qinyan-li/DocEE", "673b9dded09e32fe15943a0607d98d210ede2ede", "Data/DuEEData/train.json"),
]
HERE = os.path.dirname(os.path.abspath(__file__))
SCORE_PY = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
if not os.path.exists(SCORE_PY):
    SCORE_PY = "/work/shared/eval/score.py"

FUNDING, ACQ, IPO = "企业融资", "企业收购", "公司上市"
TYPE_ALIASES = {"企业融资": FUNDING, "企业收购": ACQ, "被收购": ACQ, "公司上市": IPO}
FIELDS = ["company", "event_type", "status", "amount", "currency", "post_money_valuation",
          "post_money_valuation_currency", "pre_money_valuation", "pre_money_valuation_currency",
          "round_label", "date", "exchange", "ticker", "offer_price", "proceeds", "lead_investors"]

RULES = """\
* 企业融资 -> funding_round: company = 被投资方; amount/currency = 融资金额; round_label = 融资轮次 without
  轮/轮融资 ("A+轮" -> "A+", "Pre-A轮" -> "Pre-A", "天使轮" -> "天使" accepting "Angel"); lead_investors =
  领投方 only (plain 投资方 stay in notes); date = 事件时间 when it is a full day (yyyy年m月d日 or yyyy-mm-dd),
  else null (披露时间, when a full day, is accepted as an alternative); status completed unless the sentence
  of the event says it is planned (拟/计划/筹划…), in talks (洽谈/谈判…) or only rumoured (知情人士/据报道…).
* 企业收购 (被收购) -> acquisition: company = 被收购方 (or the company named in 收购标的 when 被收购方 is
  missing); lead_investors = 收购方; amount = 交易金额; date = 收购完成时间 when a full day; status from the
  sentence: completed (完成/已收购…), planned (拟/计划/意向…), in_talks, reported, else announced.
* 公司上市 -> ipo: company = 上市公司; ticker = 证券代码 without suffix or leading zeros; offer_price = 发行价格
  (a price range gives null and accepts both ends); amount = proceeds = 募资金额; exchange only when the text
  names it (港交所/联交所 HKEX, 纳斯达克 NASDAQ, 纽交所 NYSE, 上交所/科创板 SSE, 深交所/创业板 SZSE …), null
  always accepted; status from 环节: 正式上市 completed, 筹备上市 planned (announced accepted); 暂停上市 and
  终止上市 are kept as optional events. 市值 is a market cap, never an amount.
* Amounts: "1.5亿元" = 150000000 CNY, "5000万美元" = 50000000 USD, "1亿5000万元" = 150000000, Chinese
  numerals understood ("五千万元"); 元/人民币 CNY, 美元 USD, 港元 HKD, 欧元 EUR, 英镑 GBP, 日元 JPY …; a bare
  number takes the currency written right after it in the text, else CNY (noted). Vague amounts ("数千万元",
  "近亿元", "过亿", "千万级") and ranges give null (a range accepts both ends); bounds ("超10亿元", "近1亿元",
  "逾") keep the number and also accept null.
* Not events under our README (kept as "optional": true, never dropped): cumulative totals (累计/共计/迄今…),
  one investor's slice (其中/出资/认购/认缴 next to the amount), grants, loans and bonds (补助/扶持/贷款/授信/
  债券…), venture-fund closes (a 基金/合伙企业 raising money), negative statements (否认/未获…), IPO proceeds
  that DuEE also labelled as 企业融资, listing suspensions/terminations, and events with no company.
* Deduplication: DuEE often labels one real event several times (title and body). Events of one type whose
  companies match (after stripping 股份有限公司/有限公司/集团/科技/公司 and 北京/上海/深圳/杭州, or one name
  containing the other) and whose amounts and round labels do not conflict are merged into one gold event;
  arguments are united and every merge is noted. Different amounts or rounds stay separate events (a
  background mention of an earlier round is an event too).
* Every judgement is written into the event's `notes`; DuEE's raw arguments are kept in `duee_arguments`.
"""

# ----------------------------------------------------------------------------------------------- numbers
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
UNIT_MULT = [("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("十亿", 1e9), ("亿", 1e8), ("千万", 1e7),
             ("百万", 1e6), ("十万", 1e5), ("万", 1e4), ("千", 1e3), ("百", 1e2),
             ("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("mn", 1e6), ("m", 1e6)]
CURRENCIES = [("新台币", "TWD"), ("台币", "TWD"), ("港元", "HKD"), ("港币", "HKD"), ("hk$", "HKD"), ("hkd", "HKD"),
              ("美元", "USD"), ("美金", "USD"), ("us$", "USD"), ("usd", "USD"), ("欧元", "EUR"), ("€", "EUR"),
              ("eur", "EUR"), ("英镑", "GBP"), ("£", "GBP"), ("日元", "JPY"), ("日圆", "JPY"), ("新加坡元", "SGD"),
              ("新元", "SGD"), ("澳元", "AUD"), ("澳币", "AUD"), ("加元", "CAD"), ("加币", "CAD"), ("韩元", "KRW"),
              ("瑞士法郎", "CHF"), ("卢比", "INR"), ("卢布", "RUB"), ("人民币", "CNY"), ("rmb", "CNY"),
              ("cny", "CNY"), ("$", "USD"), ("￥", "CNY"), ("¥", "CNY"), ("元", "CNY")]
LOWER_BOUND_RE = re.compile(r"^(超过|超|逾|过|不低于|至少|最少|不少于|以上|高达|近|接近|将近|不超过|最高|最多|约|大约|左右)")
RANGE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?\s*[^\d\s.]{0,4}?\s*[-~～—至到]+\s*"
                      r"(\d+(?:\.\d+)?)\s*(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?")


def nfkc(s):
    return unicodedata.normalize("NFKC", s or "").strip()


def _cn_small(run):
    """Chinese numeral below 10,000 ('五千', '一千五百', '十', '三十') -> int, or None."""
    total, cur = 0, None
    for ch in run:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        elif ch in CN_SMALL_UNIT:
            total += (1 if cur is None else cur) * CN_SMALL_UNIT[ch]
            cur = None
        else:
            return None
    return total + (cur or 0)


def cn_numerals_to_arabic(s):
    """Replace runs of Chinese numerals that contain a digit (or start with 十) by Arabic digits."""
    def rep(m):
        run = m.group(0)
        if not (any(c in CN_DIGIT for c in run) or run.startswith("十")):
            return run                       # '千万' alone, '数千万': vague: left as is, parsed as vague
        v = _cn_small(run)
        return run if v is None else str(v)
    return re.sub(r"[零〇一二两三四五六七八九十百千]+", rep, s)


def _unit_value(num, unit):
    v = Decimal(num)
    for u, m in UNIT_MULT:
        if unit == u:
            return float(v * Decimal(int(m)))
    return float(v)


def currency_of(s):
    low = nfkc(s).lower()
    for word, code in CURRENCIES:
        if word in low:
            return code
    return None


def parse_money(arg, text=None, per_share=False):
    """Parse a DuEE money argument.

    Returns dict(value, currency, accept (list of alternative values), kind, note).
    kind: exact | approx | bound | range | vague | none."""
    out = {"value": None, "currency": None, "accept": [], "kind": "none", "note": ""}
    if not arg:
        return out
    s = nfkc(arg).replace(",", "").replace("，", "").replace(" ", "")
    out["currency"] = currency_of(s)
    if out["currency"] is None and text:
        out["currency"] = _currency_after(arg, text)
        if out["currency"]:
            out["note"] = f"currency {out['currency']} read from the text after '{arg}'"
    if out["currency"] is None:
        out["currency"] = "CNY"
        out["note"] = f"no currency written for '{arg}': CNY assumed"
    s2 = cn_numerals_to_arabic(s)
    rng = RANGE_RE.search(s2)
    if rng:
        u1, u2 = rng.group(2), rng.group(4)
        lo = _unit_value(rng.group(1), u1 or u2)
        hi = _unit_value(rng.group(3), u2 or u1)
        out.update(kind="range", accept=[lo, hi])
        out["note"] = (out["note"] + "; " if out["note"] else "") + f"range '{arg}': null, both ends accepted"
        return out
    if not re.search(r"\d", s2):
        out["kind"] = "vague"
        out["note"] = (out["note"] + "; " if out["note"] else "") + f"vague amount '{arg}': null"
        return out
    toks = re.findall(r"(\d+(?:\.\d+)?)(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百|trillion|billion|bn|million|mn|m(?![a-z]))?",
                      s2.lower())
    if not toks:
        return out
    value = _unit_value(*toks[0]) if not per_share else float(toks[0][0])
    # compound '1亿5000万'
    if not per_share and len(toks) > 1 and toks[0][1] in ("亿", "万亿") and toks[1][1] in ("万", "千万", "百万", "十万"):
        value = float(Decimal(str(value)) + Decimal(str(_unit_value(*toks[1]))))
    out["value"] = value
    if re.search(r"余|多", s2):
        out.update(kind="bound", accept=[None])
        out["note"] = (out["note"] + "; " if out["note"] else "") + f"'{arg}' is a lower bound: null also accepted"
    elif LOWER_BOUND_RE.search(s2):
        out.update(kind="bound", accept=[None])
        out["note"] = (out["note"] + "; " if out["note"] else "") + f"'{arg}' is approximate or a bound: null also accepted"
    else:
        out["kind"] = "exact"
    return out


def _currency_after(arg, text):
    i = text.find(arg)
    if i < 0:
        return None
    tail = nfkc(text[i + len(arg): i + len(arg) + 6]).lower()
    for word, code in CURRENCIES:
        if tail.startswith(word):
            return code
    return None


# ----------------------------------------------------------------------------------------------- dates
DATE_RES = [re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"),
            re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")]


def full_date(s):
    s = nfkc(s)
    for rx in DATE_RES:
        m = rx.search(s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1990 <= y <= 2030 and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# ----------------------------------------------------------------------------------------------- text helpers
def sentences(text):
    return [x for x in re.split(r"(?<=[。！？!?；;])|\n", text or "") if x.strip()]


def context(text, words, trigger=None):
    """The sentence that best shows an event: one holding a company word and the trigger, else either."""
    sents = sentences(text)
    words = [w for w in words if w]
    for need_trigger in (True, False):
        for s in sents:
            if any(w in s for w in words) and (not need_trigger or (trigger and trigger in s)):
                return s
    if trigger:
        for s in sents:
            if trigger in s:
                return s
    return sents[0] if sents else ""


def window(text, arg, before=14, after=4):
    i = (text or "").find(arg or "\0")
    if i < 0:
        return ""
    return text[max(0, i - before): i + len(arg) + after]


def company_core(name):
    s = nfkc(name).lower()
    for p in ("北京", "上海", "深圳", "杭州", "广州"):
        if s.startswith(p) and len(s) > len(p) + 1:
            s = s[len(p):]
    changed = True
    while changed:
        changed = False
        for suf in ("股份有限公司", "有限责任公司", "有限公司", "集团", "控股", "科技", "公司", "inc.", "inc", "ltd.", "ltd"):
            if s.endswith(suf) and len(s) > len(suf) + 1:
                s = s[: -len(suf)].strip()
                changed = True
    return re.sub(r"[\s\.\,\(\)（）'\"“”&/\-_:;|·]", "", s)


def same_company(a, b):
    ca, cb = company_core(a), company_core(b)
    if not ca or not cb:
        return False
    return ca == cb or (len(min(ca, cb, key=len)) >= 2 and (ca in cb or cb in ca))


# ----------------------------------------------------------------------------------------------- conversion
def args_of(ev):
    d = OrderedDict()
    for a in ev.get("arguments", []):
        v = (a.get("argument") or "").strip()
        if v:
            d.setdefault(a.get("role"), [])
            if v not in d[a["role"]]:
                d[a["role"]].append(v)
    return d


def first(d, role):
    v = d.get(role) or []
    return v[0] if v else None


def blank_event():
    e = OrderedDict((f, None) for f in FIELDS)
    e["lead_investors"] = []
    return e


def strip_round(r):
    s = nfkc(r)
    s = re.sub(r"(轮融资|轮投资|轮|融资|投资|round|series)$", "", s, flags=re.I).strip()
    s = re.sub(r"^(series)\s*", "", s, flags=re.I)
    return s


def _nr(r):
    """score.py's round-label normalisation, to avoid redundant accept entries."""
    k = nfkc(r).lower()
    for w in ("series", "serie", "round", "funding", "financing", "轮", "輪", "融资", "融資"):
        k = k.replace(w, "")
    return re.sub(r"[\s\-_]", "", k)


ROUND_ACCEPT = {"天使": ["Angel", "天使轮"], "种子": ["Seed", "种子轮"], "战略": ["Strategic", "战略融资", "战略投资"],
                "pre-ipo": ["Pre-IPO"], "天使+": ["Angel+"]}
NO_ROUND = {"新一", "本", "新", "首", "最新一", "此", "该", "上一", "最近一", "新一期"}


def round_label(raw, notes):
    if not raw:
        return None, []
    s = strip_round(raw)
    m = re.fullmatch(r"(pre-?|Pre-?|PRE-?)?([A-Za-z])(\d*)(\+*)", s)
    if m:
        pre = "Pre-" if m.group(1) else ""
        lab = f"{pre}{m.group(2).upper()}{m.group(3)}{m.group(4)}"
        return lab, ([raw] if _nr(raw) != _nr(lab) else [])
    if s.lower() == "pre-ipo" or s.lower() == "preipo" or s == "IPO前":
        return "Pre-IPO", [raw]
    if s in NO_ROUND:
        notes.append(f"融资轮次 '{raw}' names no round: round_label null")
        return None, [raw]
    acc = ROUND_ACCEPT.get(s.lower(), ROUND_ACCEPT.get(s, []))
    if not acc and s not in ("天使", "种子", "战略"):
        notes.append(f"unusual 融资轮次 '{raw}' kept as written")
    return s, acc + ([raw] if _nr(raw) != _nr(s) and raw not in acc else [])


STATUS_ACCEPT = {"completed": ["announced"], "announced": ["completed", "planned"], "planned": ["announced", "in_talks"],
                 "in_talks": ["planned", "reported"], "reported": ["in_talks", "planned", "completed"]}
RUMOUR_RE = re.compile(r"知情人士|消息人士|据报道|据传|传闻|传出|有消息称|外媒报道")
TALKS_RE = re.compile(r"洽谈|谈判|商谈|磋商|接洽")
PLAN_RE = re.compile(r"拟|计划|筹划|寻求|准备|有意|打算|意向|考虑|预案|欲|或将")


def funding_status(ctx):
    c = ctx.replace("获悉", "")
    if re.search(r"完成|获得|获|斩获|拿到|宣布.{0,12}(融资|投资)|已", c) and not TALKS_RE.search(c):
        return "completed", "the event's sentence reports the round as done"
    if TALKS_RE.search(c):
        return "in_talks", "the event's sentence says the round is being negotiated"
    if RUMOUR_RE.search(c):
        return "reported", "the event's sentence cites unnamed sources"
    if PLAN_RE.search(c):
        return "planned", "the event's sentence says the round is intended"
    return "completed", "no planning or negotiation wording: completed (default)"


def acquisition_status(ctx):
    if re.search(r"完成(对)?.{0,20}(收购|并购|交割|过户)|(收购|并购|交割|过户).{0,6}(已)?完成|已(经)?(完成)?(收购|并购)|收购了|已将", ctx):
        return "completed", "the event's sentence says the deal is done"
    if TALKS_RE.search(ctx):
        return "in_talks", "the event's sentence says the deal is being negotiated"
    if RUMOUR_RE.search(ctx):
        return "reported", "the event's sentence cites unnamed sources"
    if PLAN_RE.search(ctx):
        return "planned", "the event's sentence says the deal is intended"
    return "announced", "agreed or announced, completion not stated"


EXCHANGES = [(("港交所", "联交所", "香港联合交易所", "香港交易所", "港股", "在香港", "赴港", "香港上市", "香港主板"), "HKEX"),
             (("纳斯达克", "nasdaq"), "NASDAQ"),
             (("纽交所", "纽约证券交易所", "纽约证交所", "nyse"), "NYSE"),
             (("科创板", "上交所", "上海证券交易所", "沪市"), "SSE"),
             (("创业板", "深交所", "深圳证券交易所", "中小板", "深市"), "SZSE"),
             (("北交所", "北京证券交易所"), "BSE"),
             (("东京证券交易所", "东证"), "TSE"),
             (("伦敦证券交易所", "伦交所"), "LSE"),
             (("新加坡交易所", "新交所"), "SGX")]
SUFFIX_EXCHANGE = {"HK": "HKEX", "SH": "SSE", "SS": "SSE", "SZ": "SZSE", "O": "NASDAQ", "OQ": "NASDAQ", "N": "NYSE"}


def exchanges_in(s):
    low = nfkc(s).lower()
    return [code for keys, code in EXCHANGES if any(k in low for k in keys)]


def norm_ticker(t):
    k = nfkc(t).upper()
    k = re.sub(r"^(HKEX|SEHK|NASDAQ|NYSE|HK|SH|SZ)\s*[:：]\s*", "", k)
    k = re.sub(r"[\.\s]?(HK|SH|SZ|SS|OQ|O|N|US)$", "", k)
    k = re.sub(r"[^0-9A-Z]", "", k)
    if re.fullmatch(r"\d+", k):
        k = k.lstrip("0") or "0"
    return k or None


def convert_event(ev, etype, text, doc_types):
    d = args_of(ev)
    trig = ev.get("trigger") or ""
    e = blank_event()
    notes, acc = [], {}
    opt_reasons = []
    if etype == FUNDING:
        e["event_type"] = "funding_round"
        comp = d.get("被投资方", [])
        e["company"] = comp[0] if comp else None
        if len(comp) > 1:
            notes.append("several 被投资方 labelled: " + "、".join(comp) + f"; '{comp[0]}' used")
        money = parse_money(first(d, "融资金额"), text)
        e["lead_investors"] = d.get("领投方", [])
        if d.get("投资方"):
            notes.append("投资方 (not leads): " + "、".join(d["投资方"]))
        lab, lab_acc = round_label(first(d, "融资轮次"), notes)
        e["round_label"] = lab
        if lab_acc:
            acc["round_label"] = lab_acc
        ctx = context(text, comp, trig)
        e["status"], why = funding_status(ctx)
        notes.append(why)
        date_role = "事件时间"
        amt_arg = first(d, "融资金额")
        local = window(text, amt_arg) if amt_arg else ""
        cname = e["company"] or ""
        if local and re.search(r"累计|总计|共计|合计|迄今|至今|总共|总额|先后", local):
            opt_reasons.append("cumulative total, not one round")
        if amt_arg and re.search(r"其中|出资|认购|认缴", local):
            opt_reasons.append("one investor's slice of a round")
        if re.search(r"补助|补贴|扶持|贷款|授信|借款|发债|债券|票据|可转债|专项债|奖励", trig + (local or "")):
            opt_reasons.append("grant, loan or bond, not an equity round")
        if re.search(r"基金|合伙企业|有限合伙", cname) or (re.search(r"募集|募资|关账", trig) and re.search(r"资本|创投|投资$", cname)):
            opt_reasons.append("a fund raising money (venture-fund close)")
        if re.search(r"否认|不实|未能获得|没有获得", ctx):
            opt_reasons.append("negative statement")
        if IPO in doc_types and re.search(r"IPO|ipo|上市|募资|募集|发行|招股", trig):
            opt_reasons.append("IPO proceeds that DuEE also labelled as 企业融资 (the ipo event carries them)")
        if re.search(r"定增|非公开发行|配股|增发", ctx):
            notes.append("private placement of a listed company: counted as funding_round")
    elif etype == ACQ:
        e["event_type"] = "acquisition"
        comp = d.get("被收购方", [])
        target = first(d, "收购标的")
        if comp:
            e["company"] = comp[0]
            if len(comp) > 1:
                notes.append("several 被收购方 labelled: " + "、".join(comp) + f"; '{comp[0]}' used")
        elif target:
            name = re.sub(r"\d+(\.\d+)?\s*%.*$|的?(全部|部分)?(股权|股份|资产|业务).*$", "", target).strip()
            if len(name) >= 2 and not re.fullmatch(r"[\d.%]+", name):
                e["company"] = name
                notes.append(f"no 被收购方: company taken from 收购标的 '{target}'")
        if target:
            notes.append(f"收购标的: {target}")
        e["lead_investors"] = d.get("收购方", [])
        money = parse_money(first(d, "交易金额"), text)
        ctx = context(text, comp or ([e["company"]] if e["company"] else []), trig)
        e["status"], why = acquisition_status(ctx)
        notes.append(why)
        date_role = "收购完成时间"
        if re.search(r"否认|不实|终止收购|终止.{0,6}收购|取消收购", ctx):
            opt_reasons.append("denied or terminated deal")
    else:
        e["event_type"] = "ipo"
        comp = d.get("上市公司", [])
        e["company"] = comp[0] if comp else None
        if len(comp) > 1:
            notes.append("several 上市公司 labelled: " + "、".join(comp) + f"; '{comp[0]}' used")
        money = parse_money(first(d, "募资金额"), text)
        e["proceeds"] = None
        stage = first(d, "环节")
        ctx = context(text, comp, trig)
        if stage == "正式上市":
            e["status"] = "completed"
            notes.append("环节 正式上市: completed")
        elif stage == "筹备上市":
            e["status"] = "planned"
            notes.append("环节 筹备上市: planned")
        elif stage in ("暂停上市", "终止上市"):
            e["status"] = "planned"
            opt_reasons.append(f"环节 {stage}: not a listing event in our sense")
        else:
            done = re.search(r"正式(挂牌)?上市|挂牌交易|上市首日|敲钟|鸣锣|登陆|首日", ctx)
            e["status"] = "completed" if done else "planned"
            notes.append(f"no 环节 labelled: status {e['status']} from the sentence")
        codes = d.get("证券代码", [])
        if codes:
            e["ticker"] = norm_ticker(codes[0])
            if len(codes) > 1:
                acc["ticker"] = [norm_ticker(c) for c in codes[1:]]
                notes.append("several 证券代码: " + "、".join(codes))
        price = parse_money(first(d, "发行价格"), text, per_share=True)
        if price["kind"] == "range":
            e["offer_price"] = None
            acc["offer_price"] = price["accept"]
            notes.append(f"发行价格 '{first(d, '发行价格')}' is a range")
        else:
            e["offer_price"] = price["value"]
            if price["kind"] == "bound":
                acc["offer_price"] = [None]
        if first(d, "市值"):
            notes.append(f"市值 {first(d, '市值')} is a market cap, not an amount")
        found = exchanges_in(ctx) or exchanges_in(" ".join(s for s in sentences(text) if e["company"] and e["company"] in s))
        for c in codes:
            m = re.search(re.escape(c) + r"\s*[\.．]\s*(HK|SH|SZ|SS|OQ|O|N)\b", text, re.I) or \
                re.search(r"[\.．](HK|SH|SZ|SS|OQ|O|N)$", nfkc(c), re.I)
            if m:
                found.append(SUFFIX_EXCHANGE[m.group(1).upper()])
        found = list(OrderedDict.fromkeys(found))
        if len(found) == 1:
            e["exchange"] = found[0]
            notes.append(f"exchange {found[0]} named in the text")
        elif len(found) > 1:
            acc["exchange"] = found
            notes.append("several exchanges named (" + ", ".join(found) + "): exchange null")
        acc.setdefault("exchange", [])
        if None not in acc["exchange"]:
            acc["exchange"].append(None)
        date_role = "事件时间"
    # money
    if money["value"] is not None or money["kind"] in ("vague", "range"):
        e["currency"] = money["currency"]
    e["amount"] = money["value"]
    if money["accept"]:
        acc["amount"] = money["accept"]
    if money["note"]:
        notes.append(money["note"])
    if etype == IPO:
        e["proceeds"] = e["amount"]
        if "amount" in acc:
            acc["proceeds"] = acc["amount"]
    # date
    raw_date = first(d, date_role)
    e["date"] = full_date(raw_date) if raw_date else None
    if raw_date and not e["date"]:
        notes.append(f"{date_role} '{raw_date}' is not a full day: date null")
    disc = full_date(first(d, "披露时间") or "")
    if disc and disc != e["date"]:
        acc["date"] = [disc]
        notes.append(f"披露时间 {disc} accepted as the announcement day")
    # status alternatives
    acc["status"] = STATUS_ACCEPT.get(e["status"], [])
    if not e["company"]:
        opt_reasons.append("no company labelled")
    return e, acc, notes, opt_reasons, d


def conflicts(a, b):
    """True when two converted events cannot be the same real-world event."""
    if a["event_type"] != b["event_type"]:
        return True
    if not (a["company"] and b["company"] and same_company(a["company"], b["company"])):
        return True
    for f in ("amount", "offer_price"):
        x, y = a.get(f), b.get(f)
        if x is not None and y is not None and abs(x - y) > 0.01 * max(abs(x), abs(y)):
            return True
    if a.get("currency") and b.get("currency") and a.get("amount") is not None and b.get("amount") is not None \
            and a["currency"] != b["currency"]:
        return True
    ra, rb = a.get("round_label"), b.get("round_label")
    if ra and rb and ra.lower() != rb.lower():
        return True
    ta, tb = a.get("ticker"), b.get("ticker")
    if ta and tb and ta != tb:
        return True
    if bool(a.get("_opt")) != bool(b.get("_opt")):
        return True                    # a required event never absorbs a not-an-event mention (or vice versa)
    return False


def merge_into(a, b):
    for f in FIELDS:
        if f == "lead_investors":
            for x in b["lead_investors"]:
                if x not in a["lead_investors"]:
                    a["lead_investors"].append(x)
        elif a.get(f) is None and b.get(f) is not None:
            a[f] = b[f]
    for k, vals in b["accept"].items():
        cur = a["accept"].setdefault(k, [])
        for v in vals:
            if v not in cur:
                cur.append(v)
    a["_notes"].extend(n for n in b["_notes"] if n not in a["_notes"])
    a["_opt"].extend(r for r in b["_opt"] if r not in a["_opt"])
    a["duee_arguments"].append(b["duee_arguments"][0])
    a["_merged"] += 1


def finish_event(e, text):
    acc = OrderedDict()
    for k, vals in e["accept"].items():
        vals = [v for v in vals if v != e.get(k)]
        if k == "status" and e["status"] is None:
            continue
        if vals:
            acc[k] = vals
    # a merged event keeps the company spelling seen most in the text
    names = e["_names"]
    if len(set(names)) > 1:
        best = sorted(set(names), key=lambda n: (-(text or "").count(n), len(n)))[0]
        if best != e["company"]:
            e["_notes"].append(f"company spellings {sorted(set(names))}: '{best}' used")
            e["company"] = best
    if e["_merged"] > 1:
        e["_notes"].insert(0, f"{e['_merged']} DuEE events merged into one")
    out = OrderedDict((f, e.get(f)) for f in FIELDS)
    if acc:
        out["accept"] = acc
    if e["_opt"]:
        out["optional"] = True
        e["_notes"].insert(0, "optional: " + "; ".join(e["_opt"]))
    out["notes"] = ". ".join(e["_notes"])
    out["duee_arguments"] = e["duee_arguments"]
    return out


def convert_doc(doc):
    text = doc.get("text") or ""
    events = doc.get("event_list") or []
    doc_types = {TYPE_ALIASES.get(ev.get("event_type")) for ev in events}
    merged = []
    ignored = Counter()
    for ev in events:
        etype = TYPE_ALIASES.get(ev.get("event_type"))
        if etype is None:
            ignored[ev.get("event_type")] += 1
            continue
        e, acc, notes, opt, raw = convert_event(ev, etype, text, doc_types)
        e["accept"] = acc
        e["_notes"] = notes
        e["_opt"] = opt
        e["_merged"] = 1
        e["_names"] = [e["company"]] if e["company"] else []
        e["duee_arguments"] = [{"event_type": ev.get("event_type"), "trigger": ev.get("trigger"),
                                "arguments": {k: v for k, v in raw.items()}}]
        for m in merged:
            if not conflicts(m, e):
                merge_into(m, e)
                m["_names"].extend(e["_names"])
                break
        else:
            merged.append(e)
    out = [finish_event(m, text) for m in merged]
    return out, ignored


def page_text(doc):
    title = (doc.get("title") or "").strip()
    text = (doc.get("text") or "").strip()
    if not title:
        sents = sentences(text)
        title = sents[0].strip() if sents else doc["id"]
    return title + "\n\n" + text + "\n"


def bucket(doc_id):
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100


def rank_key(doc_id):
    return hashlib.sha1(("rank:" + doc_id).encode("utf-8")).hexdigest()


def git_blob_sha1(path):
    h = hashlib.sha1()
    size = os.path.getsize(path)
    h.update(f"blob {size}\0".encode())
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_jsonl(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as ex:
                sys.exit(f"{path}:{n}: not a JSON line ({ex})")
    return docs


def build(train_path, out_dir, allow_unverified=False, tune_frac=40, caps=(600, 400), min_heldout=150, quiet=False):
    base = os.path.basename(train_path).lower()
    if re.search(r"dev|test|sample", base):
        sys.exit(f"refusing {train_path}: only DuEE-Fin's train split may be used")
    blob = git_blob_sha1(train_path)
    if blob != EXPECTED_BLOB and not allow_unverified:
        sys.exit(f"refusing {train_path}: git blob {blob} is not the official train file {EXPECTED_BLOB} "
                 f"(use --allow-unverified only for a known-good train copy)")
    docs = load_jsonl(train_path)
    if not quiet and len(docs) != EXPECTED_DOCS:
        print(f"warning: {len(docs)} documents, the official train split has {EXPECTED_DOCS}", file=sys.stderr)
    selected, ignored_types = [], Counter()
    seen = set()
    for doc in docs:
        types = {TYPE_ALIASES.get(ev.get("event_type")) for ev in (doc.get("event_list") or [])}
        if not types & {FUNDING, ACQ, IPO}:
            continue
        if doc["id"] in seen:
            print(f"warning: duplicate id {doc['id']} skipped", file=sys.stderr)
            continue
        seen.add(doc["id"])
        selected.append(doc)
    parts = {"tune": [], "heldout": []}
    for doc in selected:
        parts["tune" if bucket(doc["id"]) < tune_frac else "heldout"].append(doc)
    capped = len(selected) > 1000
    for name, cap in zip(("tune", "heldout"), caps):
        parts[name].sort(key=lambda d: rank_key(d["id"]))
        if capped:
            parts[name] = parts[name][:cap]
        parts[name].sort(key=lambda d: d["id"])
    stats = {"input": os.path.abspath(train_path), "blob": blob, "documents_in_file": len(docs),
             "selected": len(selected), "capped": capped, "parts": {}}
    for name, pdocs in parts.items():
        pdir = os.path.join(out_dir, name)
        if os.path.isdir(pdir):
            shutil.rmtree(pdir)
        os.makedirs(os.path.join(pdir, "pages"))
        labels = []
        counts = Counter()
        for doc in pdocs:
            fname = f"duee_{doc['id']}.txt"
            with open(os.path.join(pdir, "pages", fname), "w", encoding="utf-8") as f:
                f.write(page_text(doc))
            events, ign = convert_doc(doc)
            ignored_types.update(ign)
            for ev in events:
                counts[(ev["event_type"], "optional" if ev.get("optional") else "required")] += 1
            labels.append(OrderedDict([
                ("file", fname), ("published_date", None), ("language", "zh"),
                ("source", "DuEE-Fin train"), ("duee_id", doc["id"]), ("title", doc.get("title")),
                ("ignored_duee_event_types", dict(ign)), ("events", events),
                ("notes", "DuEE-Fin train document converted by build.py; no publication date in DuEE, so only "
                          "absolute full-day dates are used."),
            ]))
        with open(os.path.join(pdir, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)
        stats["parts"][name] = {"documents": len(pdocs),
                                "events": {f"{t}/{k}": v for (t, k), v in sorted(counts.items())}}
    stats["ignored_duee_event_types"] = dict(ignored_types.most_common())
    if len(parts["heldout"]) < min_heldout:
        print(f"warning: heldout has {len(parts['heldout'])} documents (< {min_heldout})", file=sys.stderr)
    with open(os.path.join(out_dir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
    write_readme(out_dir, stats)
    if not quiet:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    return stats


def write_readme(out_dir, stats):
    src = "\n".join(f"* `{r}` @ `{c}`, `{p}`" for r, c, p in SOURCES)
    rows = []
    for name in ("tune", "heldout"):
        p = stats["parts"][name]
        ev = p["events"]
        def g(t, k):
            return ev.get(f"{t}/{k}", 0)
        rows.append(f"| {name} | {p['documents']} | {g('funding_round','required')} (+{g('funding_round','optional')}) | "
                    f"{g('acquisition','required')} (+{g('acquisition','optional')}) | "
                    f"{g('ipo','required')} (+{g('ipo','optional')}) |")
    text = f"""# DuEE-Fin (train split) as a roundup evaluation set

Generated by `build.py` from DuEE-Fin's **train** split only (Baidu, LIC2021). Do not commit the data; it lives
outside the project repository. Rebuild with `python3 build.py /path/to/duee_fin_train.json`.

## Source
The official `duee_fin_train.json` (JSON lines, {EXPECTED_DOCS} documents, git blob `{EXPECTED_BLOB}`), found in:
{src}

Input used for this build: `{stats['input']}` (git blob `{stats['blob']}`, {stats['documents_in_file']} documents).
DuEE-Fin's dev and test splits were not used.

## Selection and split
Documents with at least one 企业融资, 企业收购 (被收购) or 公司上市 event: {stats['selected']}.
Part = tune when int(sha1(id)[:8], 16) % 100 < 40, else heldout{'; each part capped (tune 600, heldout 400) by smallest sha1("rank:"+id)' if stats['capped'] else ''}.
Other DuEE event types in these documents are ignored (counts: {json.dumps(stats['ignored_duee_event_types'], ensure_ascii=False)}).

## Counts (required events, optional in brackets)
| part | documents | funding_round | acquisition | ipo |
|---|---|---|---|---|
{chr(10).join(rows)}

## Conversion rules
{RULES}
## Checks
`python3 /work/shared/eval/score.py --dump-gold-as-pred /tmp/x.json --gold tune/labels.json` then
`python3 /work/shared/eval/score.py /tmp/x.json --gold tune/labels.json` must print F1 1.00 (same for heldout).
`python3 build.py --selftest` checks the conversion on synthetic documents.
"""
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


def self_consistency(out_dir):
    ok = True
    for name in ("tune", "heldout"):
        gold = os.path.join(out_dir, name, "labels.json")
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as t:
            pred = t.name
        subprocess.run([sys.executable, SCORE_PY, "--dump-gold-as-pred", pred, "--gold", gold],
                       check=True, capture_output=True)
        r = subprocess.run([sys.executable, SCORE_PY, pred, "--gold", gold], check=True, capture_output=True, text=True)
        os.unlink(pred)
        last = r.stdout.strip().splitlines()[-1]
        print(f"{name}: {last}")
        ok = ok and last.startswith("F1 1.00")
    return ok


# ----------------------------------------------------------------------------------------------- self-test
SYNTHETIC = [  # invented documents in DuEE-Fin's format; no DuEE text
    {"id": "syn01", "title": "星河智能完成1.5亿元B轮融资",
     "text": "星河智能宣布完成1.5亿元B轮融资，由红杉中国领投，高瓴跟投。\n星河智能成立于2018年。",
     "event_list": [{"event_type": "企业融资", "trigger": "融资", "arguments": [
         {"role": "被投资方", "argument": "星河智能"}, {"role": "融资金额", "argument": "1.5亿元"},
         {"role": "融资轮次", "argument": "B轮"}, {"role": "领投方", "argument": "红杉中国"},
         {"role": "投资方", "argument": "高瓴"}]},
         {"event_type": "企业融资", "trigger": "融资", "arguments": [
             {"role": "被投资方", "argument": "星河智能"}, {"role": "融资金额", "argument": "1.5亿元"}]},
         {"event_type": "质押", "trigger": "质押", "arguments": [{"role": "质押方", "argument": "某股东"}]}]},
    {"id": "syn02", "title": "",
     "text": "据知情人士透露，云帆科技正在洽谈5000万美元C+轮融资。云帆科技此前累计融资超过10亿元。",
     "event_list": [{"event_type": "企业融资", "trigger": "融资", "arguments": [
         {"role": "被投资方", "argument": "云帆科技"}, {"role": "融资金额", "argument": "5000万美元"},
         {"role": "融资轮次", "argument": "C+轮"}]},
         {"event_type": "企业融资", "trigger": "融资", "arguments": [
             {"role": "被投资方", "argument": "云帆科技"}, {"role": "融资金额", "argument": "超过10亿元"}]}]},
    {"id": "syn03", "title": "蓝鲸医疗获数千万元Pre-A轮融资",
     "text": "2020年5月19日，蓝鲸医疗宣布获得数千万元Pre-A轮融资，东方资本领投。",
     "event_list": [{"event_type": "企业融资", "trigger": "融资", "arguments": [
         {"role": "被投资方", "argument": "蓝鲸医疗"}, {"role": "融资金额", "argument": "数千万元"},
         {"role": "融资轮次", "argument": "Pre-A轮"}, {"role": "领投方", "argument": "东方资本"},
         {"role": "事件时间", "argument": "2020年5月19日"}]}]},
    {"id": "syn04", "title": "甲乙科技拟6亿元收购丙丁精密",
     "text": "甲乙科技公告，公司拟以发行股份及支付现金的方式购买深圳市丙丁精密技术有限公司100%股权，交易作价6亿元。",
     "event_list": [{"event_type": "企业收购", "trigger": "收购", "arguments": [
         {"role": "收购方", "argument": "甲乙科技"}, {"role": "被收购方", "argument": "深圳市丙丁精密技术有限公司"},
         {"role": "收购标的", "argument": "100%股权"}, {"role": "交易金额", "argument": "6亿元"}]}]},
    {"id": "syn05", "title": "某某控股(02513.HK)今日在港交所上市",
     "text": "某某控股(02513.HK)于2021年3月18日在港交所正式挂牌上市，发行价为每股116.2港元，募资43.48亿港元，市值约500亿港元。",
     "event_list": [{"event_type": "公司上市", "trigger": "上市", "arguments": [
         {"role": "上市公司", "argument": "某某控股"}, {"role": "证券代码", "argument": "02513.HK"},
         {"role": "环节", "argument": "正式上市"}, {"role": "事件时间", "argument": "2021年3月18日"},
         {"role": "发行价格", "argument": "116.2港元"}, {"role": "募资金额", "argument": "43.48亿港元"},
         {"role": "市值", "argument": "500亿港元"}]}]},
    {"id": "syn06", "title": "理想出行拟赴美IPO 发行价区间8-10美元",
     "text": "理想出行计划在纳斯达克上市，该公司正以每股8-10美元发行9500万股股票。",
     "event_list": [{"event_type": "公司上市", "trigger": "IPO", "arguments": [
         {"role": "上市公司", "argument": "理想出行"}, {"role": "发行价格", "argument": "8-10美元"},
         {"role": "环节", "argument": "筹备上市"}]}]},
    {"id": "syn07", "title": "某公司股票终止上市",
     "text": "因连续亏损，某公司股票将被终止上市。",
     "event_list": [{"event_type": "公司上市", "trigger": "终止上市", "arguments": [
         {"role": "上市公司", "argument": "某公司"}, {"role": "环节", "argument": "终止上市"}]}]},
    {"id": "syn08", "title": "光年基金完成首关",
     "text": "光年创投基金完成5亿元募集。另外，光年创投旗下企业获得政府扶持资金2000万元。",
     "event_list": [{"event_type": "企业融资", "trigger": "募集", "arguments": [
         {"role": "被投资方", "argument": "光年创投基金"}, {"role": "融资金额", "argument": "5亿元"}]},
         {"event_type": "企业融资", "trigger": "扶持", "arguments": [
             {"role": "被投资方", "argument": "光年创投"}, {"role": "融资金额", "argument": "2000万元"}]}]},
    {"id": "syn09", "title": "北辰互动获两亿美元D轮融资",
     "text": "北辰互动今日宣布完成两亿美元D轮融资，本轮由甲基金和乙资本联合领投，其中甲基金出资1亿美元。",
     "event_list": [{"event_type": "企业融资", "trigger": "融资", "arguments": [
         {"role": "被投资方", "argument": "北辰互动"}, {"role": "融资金额", "argument": "两亿美元"},
         {"role": "融资轮次", "argument": "D轮"}, {"role": "领投方", "argument": "甲基金"},
         {"role": "领投方", "argument": "乙资本"}]},
         {"event_type": "企业融资", "trigger": "出资", "arguments": [
             {"role": "被投资方", "argument": "北辰互动"}, {"role": "融资金额", "argument": "1亿美元"},
             {"role": "投资方", "argument": "甲基金"}]}]},
    {"id": "syn10", "title": "苹果已收购设备管理公司Fleetsmith",
     "text": "苹果已经收购了企业设备管理公司 Fleetsmith，该公司于周三宣布了这一消息。",
     "event_list": [{"event_type": "企业收购", "trigger": "收购", "arguments": [
         {"role": "收购方", "argument": "苹果"}, {"role": "被收购方", "argument": "Fleetsmith"}]}]},
    {"id": "syn11", "title": "无关文档", "text": "某公司股东解除质押。",
     "event_list": [{"event_type": "解除质押", "trigger": "解除质押", "arguments": []}]},
    {"id": "syn12", "title": "凌云半导体完成1亿5000万元A轮融资",
     "text": "凌云半导体完成1亿5000万元A轮融资，2019-11-02披露。",
     "event_list": [{"event_type": "企业融资", "trigger": "融资", "arguments": [
         {"role": "被投资方", "argument": "凌云半导体"}, {"role": "融资金额", "argument": "1亿5000万元"},
         {"role": "融资轮次", "argument": "A轮"}, {"role": "披露时间", "argument": "2019-11-02"}]}]},
]


def selftest():
    ok = True

    def check(cond, msg):
        nonlocal ok
        ok = ok and cond
        print(("[ok]   " if cond else "[FAIL] ") + msg)

    m = parse_money("1.5亿元")
    check(m["value"] == 1.5e8 and m["currency"] == "CNY", "1.5亿元 = 150000000 CNY")
    m = parse_money("5000万美元")
    check(m["value"] == 5e7 and m["currency"] == "USD", "5000万美元 = 50000000 USD")
    check(parse_money("数千万元")["value"] is None and parse_money("近亿元")["value"] is None, "vague amounts are null")
    check(parse_money("60,000.00万元")["value"] == 6e8, "60,000.00万元 = 600000000")
    check(parse_money("两亿美元")["value"] == 2e8, "两亿美元 = 200000000")
    check(parse_money("1亿5000万元")["value"] == 1.5e8, "1亿5000万元 = 150000000")
    check(parse_money("43.48亿港元")["currency"] == "HKD", "港元 = HKD")
    m = parse_money("8-10美元", per_share=True)
    check(m["value"] is None and m["accept"] == [8.0, 10.0], "price range -> null, ends accepted")
    check(full_date("2020年5月19日") == "2020-05-19" and full_date("5月19日") is None, "full-day dates only")
    check(norm_ticker("02513.HK") == "2513" and norm_ticker("688001") == "688001", "tickers")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "synthetic_train.json")
        with open(src, "w", encoding="utf-8") as f:
            for d in SYNTHETIC:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        stats = build(src, tmp, allow_unverified=True, min_heldout=0, quiet=True)
        check(stats["selected"] == 11, f"11 of 12 synthetic documents selected (got {stats['selected']})")
        gold = {}
        for name in ("tune", "heldout"):
            with open(os.path.join(tmp, name, "labels.json"), encoding="utf-8") as f:
                for rec in json.load(f):
                    gold[rec["duee_id"]] = rec
        g1 = gold["syn01"]["events"]
        check(len(g1) == 1 and g1[0]["amount"] == 1.5e8 and g1[0]["round_label"] == "B"
              and g1[0]["lead_investors"] == ["红杉中国"] and g1[0]["status"] == "completed", "syn01 merged B round")
        g2 = gold["syn02"]["events"]
        check(len(g2) == 2 and g2[0]["status"] == "in_talks" and g2[0]["round_label"] == "C+"
              and g2[1].get("optional") is True, "syn02 talks + cumulative total optional")
        g3 = gold["syn03"]["events"][0]
        check(g3["amount"] is None and g3["round_label"] == "Pre-A" and g3["date"] == "2020-05-19", "syn03 vague Pre-A")
        g4 = gold["syn04"]["events"][0]
        check(g4["event_type"] == "acquisition" and g4["lead_investors"] == ["甲乙科技"] and g4["amount"] == 6e8
              and g4["status"] == "planned", "syn04 planned acquisition")
        g5 = gold["syn05"]["events"][0]
        check(g5["ticker"] == "2513" and g5["exchange"] == "HKEX" and g5["offer_price"] == 116.2
              and g5["proceeds"] == 4.348e9 and g5["currency"] == "HKD" and g5["status"] == "completed"
              and g5["date"] == "2021-03-18", "syn05 HK IPO")
        g6 = gold["syn06"]["events"][0]
        check(g6["offer_price"] is None and g6["accept"]["offer_price"] == [8.0, 10.0] and g6["exchange"] == "NASDAQ"
              and g6["status"] == "planned", "syn06 planned Nasdaq IPO")
        check(gold["syn07"]["events"][0].get("optional") is True, "syn07 termination optional")
        check(all(e.get("optional") for e in gold["syn08"]["events"]), "syn08 fund close and subsidy optional")
        g9 = gold["syn09"]["events"]
        check(len(g9) == 2 and g9[0]["amount"] == 2e8 and sorted(g9[0]["lead_investors"]) == ["乙资本", "甲基金"]
              and g9[1].get("optional") is True, "syn09 round + investor slice optional")
        check(gold["syn10"]["events"][0]["status"] == "completed", "syn10 completed acquisition")
        g12 = gold["syn12"]["events"][0]
        check(g12["amount"] == 1.5e8 and g12["date"] is None and g12["accept"]["date"] == ["2019-11-02"],
              "syn12 compound amount, disclosure date accepted")
        with open(os.path.join(tmp, "tune", "pages", os.listdir(os.path.join(tmp, "tune", "pages"))[0]),
                  encoding="utf-8") as f:
            lines = f.read().split("\n")
        check(lines[1] == "" and lines[0], "page layout: title, blank line, text")
        if os.path.exists(SCORE_PY):
            check(self_consistency(tmp), "score.py: gold dumped as predictions scores F1 1.00")
        try:
            build(os.path.join(tmp, "duee_fin_dev.json"), tmp, quiet=True)
            check(False, "dev file name refused")
        except SystemExit:
            check(True, "dev file name refused")
    print("SELFTEST", "PASSED" if ok else "FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train", nargs="?", help="path to duee_fin_train.json")
    ap.add_argument("--out", default=HERE, help="output folder (default: this script's folder)")
    ap.add_argument("--allow-unverified", action="store_true", help="accept a train file with another git blob")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--check", action="store_true", help="after building, score gold against itself with score.py")
    a = ap.parse_args()
    if a.selftest:
        return 0 if selftest() else 1
    if not a.train:
        ap.error("path to duee_fin_train.json required")
    build(a.train, a.out, allow_unverified=a.allow_unverified)
    if a.check:
        return 0 if self_consistency(a.out) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
