"""A count given per place: "Two data centres, 20 nodes in each", "3 racks with 16 servers each", "两个机房，每个机房 20 台"
is the places times the count; "~3 nodes in each AZ" with the places not counted is no cluster size."""

from __future__ import annotations

import re

from assistant.reading.numerals import value as number_value
from assistant.reading.spans import Hit, rx

# "Two data centres, 20 nodes in each", "3 racks with 16 servers each", "两个机房，每个机房 20 台": one count per place.
_PLACES_COUNTED = re.compile(r"(?:(?<![\w.,])|(?<=[\u4e00-\u9fff]))(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,4}(?![.,]\d)|"
                             r"[一二两三四五六七八九十百]+)\s*(?:个\s*|家\s*|所\s*)?"
                             r"(?:(?:data[\s-]?cent(?:er|re)s|dcs|sites|racks|regions|zones|azs|availability zones|rooms|server rooms|"
                             r"locations|buildings|campuses|shops|stores|branches|branch offices|offices|factories|plants|stations|"
                             r"schools|hospitals|clinics|restaurants|warehouses|farms|ships|vessels|outlets)\b|"
                             r"机房|数据中心|站点|机柜|可用区|园区|门店|分店|工厂|网点|加油站|营业厅|分行|支行|学校|医院|仓库|厂区)", re.I)
IN_EACH_PLACE = rx(r"^\s*(in|per|at)\s+(each|every)\s+(az|availability zone|zone|rack|region|site|dc|data ?cent(er|re)|room|location)\b")
_EACH_AFTER = rx(r"^\s*(in|per|at|on|for)\s+(each|every)( one| site| dc| rack| room| location| zone)?\b|^\s*each\b",
                 r"^\s*(per|a|in each|at each) (site|store|shop|branch|office|location|station|school|hospital|clinic|restaurant|warehouse|"
                 r"farm|ship|vessel|outlet|plant|factory)\b")
_EACH_BEFORE = rx(r"\b(each|every)( one| site| dc| rack| room| location| zone)?\s+(with|has|having|of)\s*$",
                 r"(每个|每|各)\s*(机房|数据中心|站点|机柜|可用区|园区|门店|分店|工厂|网点|站|店|校|院|加油站|营业厅|仓库)?\s*(各|都|有)?\s*$")


def per_place(text: str, counts: list[tuple[int, re.Match[str]]]) -> Hit | None:
    """The cluster size from a count per place and the places counted, if the text gives both."""
    places = _PLACES_COUNTED.search(text)
    if places is None:
        return None
    for value, m in counts:
        if _EACH_AFTER.match(text[m.end():m.end() + 25]) or _EACH_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            return Hit("nodes", value * number_value(places.group("n")), m.start(), m.end(), m.group(0))
    return None
