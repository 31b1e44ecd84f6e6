"""The code tables a station starts with: 国民经济行业分类 GB/T 4754-2017, the marketing system's 用电分类,
the 用电类别 and 电压等级 the rules know, and the names older editions and real exports use for them.

Pure data, no database and no Qt: the import, the customer form's checks, `industry_group` and the tests
read it through station.codes; migration 0005 seeded the database with a frozen copy of it (db may not
import station), and tests/db/test_migrations.py proves the two agree. A change here needs a migration
that brings stations already seeded up to it.

Codes follow their source: 门类 A–T, 大类 two digits, 中类 three, 小类 four (GB/T 4754-2017 §4). The
marketing system's 用电分类 has no code a station can confirm, so its entries are coded by their name, as
the 用电类别 and 电压等级 the ledger stores are.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.orders.vocab import FINDING_CATEGORY_ZH

INDUSTRY = "industry"
TARIFF_CATEGORY = "tariff_category"
VOLTAGE_LEVEL = "voltage_level"
FINDING_CATEGORY = "finding_category"  # 问题类别 of a work order's findings (issue 10)
#: The code tables, in the order the code-table page lists them.
TABLES: tuple[str, ...] = (INDUSTRY, TARIFF_CATEGORY, VOLTAGE_LEVEL, FINDING_CATEGORY)

GBT_2017 = "GB/T 4754-2017"
GBT_2011 = "GB/T 4754-2011"
GBT_2002 = "GB/T 4754-2002"
GBT_1994 = "GB/T 4754-1994"
USE_CLASS = "用电分类"  # the marketing system's classification of consumption (城乡居民生活用电 …)
WORKSTATION_1 = "工作站1.0"  # the short list this program shipped with before the code tables
SPELLING = "常见写法"  # how exports and clerks write a name
TARIFF_SOURCE = "销售电价分类"
VOLTAGE_SOURCE = "GB/T 156-2017"
FINDING_SOURCE = "用电检查问题分类"  # the categories of 用电检查结果通知书, coded as the CLI types them
SGCC_VOLTAGE_CODE = "国网电压等级代码"  # AC + four digits of the value + 1 (kV) or 2 (V)


@dataclass(frozen=True, slots=True)
class SeedValue:
    table: str
    code: str
    name: str
    parent: str | None
    level: int
    source: str


@dataclass(frozen=True, slots=True)
class SeedAlias:
    table: str
    alias: str
    code: str
    source: str


# --- 国民经济行业分类 GB/T 4754-2017: all 20 门类 and 97 大类 ------------------------------------------------

SECTIONS: tuple[tuple[str, str, str], ...] = (
    # 门类, its name, its 大类 as "code name" separated by "|"
    ("A", "农、林、牧、渔业", "01 农业|02 林业|03 畜牧业|04 渔业|05 农、林、牧、渔专业及辅助性活动"),
    ("B", "采矿业", "06 煤炭开采和洗选业|07 石油和天然气开采业|08 黑色金属矿采选业|09 有色金属矿采选业|"
                  "10 非金属矿采选业|11 开采专业及辅助性活动|12 其他采矿业"),
    ("C", "制造业", "13 农副食品加工业|14 食品制造业|15 酒、饮料和精制茶制造业|16 烟草制品业|17 纺织业|"
                  "18 纺织服装、服饰业|19 皮革、毛皮、羽毛及其制品和制鞋业|20 木材加工和木、竹、藤、棕、草制品业|"
                  "21 家具制造业|22 造纸和纸制品业|23 印刷和记录媒介复制业|24 文教、工美、体育和娱乐用品制造业|"
                  "25 石油、煤炭及其他燃料加工业|26 化学原料和化学制品制造业|27 医药制造业|28 化学纤维制造业|"
                  "29 橡胶和塑料制品业|30 非金属矿物制品业|31 黑色金属冶炼和压延加工业|32 有色金属冶炼和压延加工业|"
                  "33 金属制品业|34 通用设备制造业|35 专用设备制造业|36 汽车制造业|"
                  "37 铁路、船舶、航空航天和其他运输设备制造业|38 电气机械和器材制造业|"
                  "39 计算机、通信和其他电子设备制造业|40 仪器仪表制造业|41 其他制造业|42 废弃资源综合利用业|"
                  "43 金属制品、机械和设备修理业"),
    ("D", "电力、热力、燃气及水生产和供应业", "44 电力、热力生产和供应业|45 燃气生产和供应业|46 水的生产和供应业"),
    ("E", "建筑业", "47 房屋建筑业|48 土木工程建筑业|49 建筑安装业|50 建筑装饰、装修和其他建筑业"),
    ("F", "批发和零售业", "51 批发业|52 零售业"),
    ("G", "交通运输、仓储和邮政业", "53 铁路运输业|54 道路运输业|55 水上运输业|56 航空运输业|57 管道运输业|"
                              "58 多式联运和运输代理业|59 装卸搬运和仓储业|60 邮政业"),
    ("H", "住宿和餐饮业", "61 住宿业|62 餐饮业"),
    ("I", "信息传输、软件和信息技术服务业", "63 电信、广播电视和卫星传输服务|64 互联网和相关服务|65 软件和信息技术服务业"),
    ("J", "金融业", "66 货币金融服务|67 资本市场服务|68 保险业|69 其他金融业"),
    ("K", "房地产业", "70 房地产业"),
    ("L", "租赁和商务服务业", "71 租赁业|72 商务服务业"),
    ("M", "科学研究和技术服务业", "73 研究和试验发展|74 专业技术服务业|75 科技推广和应用服务业"),
    ("N", "水利、环境和公共设施管理业", "76 水利管理业|77 生态保护和环境治理业|78 公共设施管理业|79 土地管理业"),
    ("O", "居民服务、修理和其他服务业", "80 居民服务业|81 机动车、电子产品和日用产品修理业|82 其他服务业"),
    ("P", "教育", "83 教育"),
    ("Q", "卫生和社会工作", "84 卫生|85 社会工作"),
    ("R", "文化、体育和娱乐业", "86 新闻和出版业|87 广播、电视、电影和录音制作业|88 文化艺术业|89 体育|90 娱乐业"),
    ("S", "公共管理、社会保障和社会组织", "91 中国共产党机关|92 国家机构|93 人民政协、民主党派|94 社会保障|"
                                  "95 群众团体、社会团体和其他成员组织|96 基层群众自治组织及其他组织"),
    ("T", "国际组织", "97 国际组织"),
)

#: The 中类 (and a few 小类) a county station meets: farming, irrigation, common manufacturing, building,
#: trade, transport, lodging and catering, services, schools, clinics, village committees. Code → name;
#: the parent is the code without its last digit.
GROUPS: tuple[tuple[str, str], ...] = (
    ("011", "谷物种植"), ("012", "豆类、油料和薯类种植"), ("013", "棉、麻、糖、烟草种植"),
    ("014", "蔬菜、食用菌及园艺作物种植"), ("015", "水果种植"), ("016", "坚果、含油果、香料和饮料作物种植"),
    ("017", "中药材种植"), ("018", "草种植及割草"), ("019", "其他农业"),
    ("021", "林木育种和育苗"), ("022", "造林和更新"), ("023", "森林经营、管护和改培"), ("024", "木材和竹材采运"),
    ("025", "林产品采集"),
    ("031", "牲畜饲养"), ("032", "家禽饲养"), ("033", "狩猎和捕捉动物"), ("039", "其他畜牧业"),
    ("041", "水产养殖"), ("042", "水产捕捞"),
    ("051", "农业专业及辅助性活动"), ("0511", "种子种苗培育活动"), ("0512", "农业机械活动"), ("0513", "灌溉活动"),
    ("0514", "农产品初加工活动"), ("0515", "农作物病虫害防治活动"),
    ("052", "林业专业及辅助性活动"), ("053", "畜牧专业及辅助性活动"), ("054", "渔业专业及辅助性活动"),
    ("101", "土砂石开采"),
    ("131", "谷物磨制"), ("132", "饲料加工"), ("133", "植物油加工"), ("135", "屠宰及肉类加工"), ("136", "水产品加工"),
    ("137", "蔬菜、菌类、水果和坚果加工"), ("139", "其他农副食品加工"),
    ("141", "焙烤食品制造"), ("143", "方便食品制造"), ("144", "乳制品制造"), ("146", "调味品、发酵制品制造"),
    ("151", "酒的制造"), ("152", "饮料制造"), ("153", "精制茶加工"),
    ("171", "棉纺织及印染精加工"),
    ("181", "机织服装制造"),
    ("201", "木材加工"), ("202", "人造板制造"), ("203", "木质制品制造"),
    ("211", "木质家具制造"),
    ("291", "橡胶制品业"), ("292", "塑料制品业"),
    ("301", "水泥、石灰和石膏制造"), ("302", "石膏、水泥制品及类似制品制造"), ("303", "砖瓦、石材等建筑材料制造"),
    ("304", "玻璃制造"), ("307", "陶瓷制品制造"),
    ("331", "结构性金属制品制造"),
    ("441", "电力生产"), ("442", "电力供应"), ("443", "热力生产和供应"),
    ("461", "自来水生产和供应"), ("462", "污水处理及其再生利用"),
    ("471", "住宅房屋建筑"),
    ("511", "农、林、牧、渔产品批发"), ("512", "食品、饮料及烟草制品批发"),
    ("521", "综合零售"), ("522", "食品、饮料及烟草制品专门零售"), ("523", "纺织、服装及日用品专门零售"),
    ("525", "医药及医疗器材专门零售"), ("526", "汽车、摩托车、零配件和燃料及其他动力销售"),
    ("527", "家用电器及电子产品专门零售"), ("528", "五金、家具及室内装饰材料专门零售"),
    ("529", "货摊、无店铺及其他零售业"),
    ("541", "城市公共交通运输"), ("542", "公路旅客运输"), ("543", "道路货物运输"), ("544", "道路运输辅助活动"),
    ("592", "通用仓储"), ("593", "低温仓储"), ("595", "谷物、棉花等农产品仓储"),
    ("601", "邮政基本服务"), ("602", "快递服务"),
    ("611", "旅游饭店"), ("612", "一般旅馆"), ("613", "民宿服务"),
    ("621", "正餐服务"), ("622", "快餐服务"), ("623", "饮料及冷饮服务"), ("629", "其他餐饮业"),
    ("631", "电信"),
    ("701", "房地产开发经营"), ("702", "物业管理"),
    ("761", "防洪除涝设施管理"), ("762", "水资源管理"), ("763", "天然水收集与分配"),
    ("781", "市政设施管理"), ("782", "环境卫生管理"), ("786", "游览景区管理"),
    ("801", "家庭服务"), ("803", "洗染服务"), ("804", "理发及美容服务"), ("805", "洗浴和保健养生服务"),
    ("808", "殡葬服务"),
    ("811", "汽车、摩托车等修理与维护"), ("813", "家用电器修理"),
    ("831", "学前教育"), ("832", "初等教育"), ("833", "中等教育"),
    ("841", "医院"), ("842", "基层医疗卫生服务"),
    ("922", "国家行政机构"),
    ("961", "社区居民自治组织"), ("962", "村民自治组织"),
)

#: The marketing system's 用电分类 entries that are no GB/T 4754 class: residents' consumption is counted
#: apart from the industries (城乡居民生活用电: 城镇居民, 乡村居民), and irrigation is 农业排灌.
#: (code, name, parent).
USE_CLASSES: tuple[tuple[str, str, str | None], ...] = (
    ("城乡居民生活用电", "城乡居民生活用电", None),
    ("城镇居民", "城镇居民", "城乡居民生活用电"),
    ("乡村居民", "乡村居民", "城乡居民生活用电"),
    ("农业排灌", "农业排灌", "0513"),
    # The 1.0 code table's group of the public services (M, N, O, P, Q, R, S, T in GB/T 4754), and its
    # catch-all: ledgers written by 1.0 hold these values, so they stay valid.
    ("公共服务及管理组织", "公共服务及管理组织", None),
    ("其他", "其他", None),
)

#: Names of older editions and of the 1.0 list, each with the 2017 code it stands for.
OLDER_NAMES: tuple[tuple[str, str, str], ...] = (
    # 门类 of GB/T 4754-2002 (2011 kept the 2017 names of the 门类 but D, M, O, Q, S changed in 2011)
    ("电力、燃气及水的生产和供应业", "D", GBT_2002),
    ("信息传输、计算机服务和软件业", "I", GBT_2002),
    ("科学研究、技术服务和地质勘查业", "M", GBT_2002),
    ("居民服务和其他服务业", "O", GBT_2002),
    ("卫生、社会保障和社会福利业", "Q", GBT_2002),
    ("公共管理和社会组织", "S", GBT_2002),
    # 门类 of GB/T 4754-1994 and the 用电分类 names built on it
    ("采掘业", "B", GBT_1994),
    ("电力、煤气及水的生产和供应业", "D", GBT_1994),
    ("交通运输、仓储及邮电通信业", "G", GBT_1994),
    ("交通运输业", "G", GBT_1994),
    ("批发和零售贸易、餐饮业", "F", GBT_1994),
    ("金融、保险业", "J", GBT_1994),
    ("社会服务业", "O", GBT_1994),
    ("国家机关、政党机关和社会团体", "S", GBT_1994),
    # 大类 renamed in 2017 (the 2011 names)
    ("农、林、牧、渔服务业", "05", GBT_2011),
    ("开采辅助活动", "11", GBT_2011),
    ("石油加工、炼焦和核燃料加工业", "25", GBT_2011),
    ("建筑装饰和其他建筑业", "50", GBT_2011),
    ("装卸搬运和运输代理业", "58", GBT_2011),
    ("仓储业", "59", GBT_2011),
    ("广播、电视、电影和影视录音制作业", "87", GBT_2011),
    ("基层群众自治组织", "96", GBT_2011),
    # 大类 of GB/T 4754-2002 whose name or number changed
    ("饮料制造业", "15", GBT_2002),
    ("纺织服装、鞋、帽制造业", "18", GBT_2002),
    ("皮革、毛皮、羽毛(绒)及其制品业", "19", GBT_2002),
    ("木材加工及木、竹、藤、棕、草制品业", "20", GBT_2002),
    ("造纸及纸制品业", "22", GBT_2002),
    ("印刷业和记录媒介的复制", "23", GBT_2002),
    ("文教体育用品制造业", "24", GBT_2002),
    ("石油加工、炼焦及核燃料加工业", "25", GBT_2002),
    ("化学原料及化学制品制造业", "26", GBT_2002),
    ("橡胶制品业", "29", GBT_2002),
    ("塑料制品业", "29", GBT_2002),
    ("黑色金属冶炼及压延加工业", "31", GBT_2002),
    ("有色金属冶炼及压延加工业", "32", GBT_2002),
    ("交通运输设备制造业", "37", GBT_2002),
    ("电气机械及器材制造业", "38", GBT_2002),
    ("通信设备、计算机及其他电子设备制造业", "39", GBT_2002),
    ("仪器仪表及文化、办公用机械制造业", "40", GBT_2002),
    ("工艺品及其他制造业", "41", GBT_2002),
    ("废弃资源和废旧材料回收加工业", "42", GBT_2002),
    ("电力、热力的生产和供应业", "44", GBT_2002),
    ("房屋和土木工程建筑业", "47", GBT_2002),
    ("建筑装饰业", "50", GBT_2002),
    ("其他建筑业", "50", GBT_2002),
    ("城市公共交通业", "54", GBT_2002),
    ("装卸搬运和其他运输服务业", "58", GBT_2002),
    ("电信和其他信息传输服务业", "63", GBT_2002),
    ("计算机服务业", "65", GBT_2002),
    ("软件业", "65", GBT_2002),
    ("社会保障业", "94", GBT_2002),
    ("社会福利业", "85", GBT_2002),
    ("人民政协和民主党派", "93", GBT_2002),
    ("群众团体、社会团体和宗教组织", "95", GBT_2002),
    # the 1.0 list and the 用电分类 short names
    ("城乡居民生活", "城乡居民生活用电", WORKSTATION_1),
    ("居民生活用电", "城乡居民生活用电", USE_CLASS),
    ("城镇居民生活用电", "城镇居民", USE_CLASS),
    ("乡村居民生活用电", "乡村居民", USE_CLASS),
    ("农村居民", "乡村居民", USE_CLASS),
    ("农业排灌用电", "农业排灌", USE_CLASS),
    ("酒、饮料及精制茶制造业", "15", SPELLING),
)

# --- 用电类别 and 电压等级: the values the rules know (station.domain.codes) and the forms exports write -------

TARIFF_VALUES: tuple[tuple[str, str | None], ...] = (
    ("居民生活", None), ("工商业", None), ("一般工商业", "工商业"), ("大工业", "工商业"), ("农业生产", None),
)
TARIFF_FORMS: tuple[tuple[str, str, str], ...] = (
    ("居民生活用电", "居民生活", TARIFF_SOURCE),
    ("城乡居民生活用电", "居民生活", TARIFF_SOURCE),
    ("城镇居民生活用电", "居民生活", TARIFF_SOURCE),
    ("乡村居民生活用电", "居民生活", TARIFF_SOURCE),
    ("一般工商业用电", "一般工商业", TARIFF_SOURCE),
    ("一般工商业及其他用电", "一般工商业", TARIFF_SOURCE),
    ("一般工商业(及其他)用电", "一般工商业", TARIFF_SOURCE),
    ("一般工商业及其他", "一般工商业", TARIFF_SOURCE),
    # merged into 一般工商业 when the small-business tariffs were unified (older exports still carry them)
    ("非居民照明", "一般工商业", TARIFF_SOURCE),
    ("非居民照明用电", "一般工商业", TARIFF_SOURCE),
    ("商业用电", "一般工商业", TARIFF_SOURCE),
    ("非工业", "一般工商业", TARIFF_SOURCE),
    ("普通工业", "一般工商业", TARIFF_SOURCE),
    ("大工业用电", "大工业", TARIFF_SOURCE),
    ("工商业用电", "工商业", TARIFF_SOURCE),
    ("工商业及其他用电", "工商业", TARIFF_SOURCE),
    ("农业生产用电", "农业生产", TARIFF_SOURCE),
    ("农业排灌", "农业生产", TARIFF_SOURCE),
    ("农业排灌用电", "农业生产", TARIFF_SOURCE),
)

VOLTAGE_VALUES: tuple[str, ...] = ("220V", "380V", "10kV", "20kV", "35kV", "110kV", "220kV")
#: AC codes confirmed in two public sources (AC + value in four digits + 1 for kV, 2 for V); 6 kV (AC00061)
#: and 66 kV (AC00661) are real codes too, but no level of this ledger, so they are refused with the reason.
VOLTAGE_FORMS: tuple[tuple[str, str, str], ...] = (
    ("交流220V", "220V", SPELLING), ("AC02202", "220V", SGCC_VOLTAGE_CODE), ("0.22kV", "220V", SPELLING),
    ("交流380V", "380V", SPELLING), ("AC03802", "380V", SGCC_VOLTAGE_CODE), ("0.4kV", "380V", SPELLING),
    ("交流0.4kV", "380V", SPELLING), ("0.38kV", "380V", SPELLING), ("400V", "380V", SPELLING),
    ("交流10kV", "10kV", SPELLING), ("AC00101", "10kV", SGCC_VOLTAGE_CODE),
    ("交流20kV", "20kV", SPELLING), ("AC00201", "20kV", SGCC_VOLTAGE_CODE),
    ("交流35kV", "35kV", SPELLING), ("AC00351", "35kV", SGCC_VOLTAGE_CODE),
    ("交流110kV", "110kV", SPELLING), ("AC01101", "110kV", SGCC_VOLTAGE_CODE),
    ("交流220kV", "220kV", SPELLING), ("AC02201", "220kV", SGCC_VOLTAGE_CODE),
)


#: Codes of the same scheme, confirmed in the same sources, for levels this ledger does not have: an import
#: that meets one says which level it is when it refuses it ("6kV is not one of …"), not only the code.
OTHER_VOLTAGE_CODES: dict[str, str] = {"AC00061": "6kV", "AC00661": "66kV", "AC03301": "330kV",
                                       "AC05001": "500kV"}

#: 问题类别: (code, name), from station.orders.vocab. The codes are the CLI's (`station orders finding --category
#: CODE`); each category's rectification deadline is a rule setting (station.rule_settings.order_rules).
FINDING_VALUES: tuple[tuple[str, str], ...] = tuple(FINDING_CATEGORY_ZH.items())


def _level(code: str) -> int:
    return 1 if code.isalpha() else len(code)  # 门类 A, 大类 01, 中类 011, 小类 0111


def seed_values() -> list[SeedValue]:
    """Every seeded value of every table, parents before their children."""
    out: list[SeedValue] = []
    for letter, name, divisions in SECTIONS:
        out.append(SeedValue(INDUSTRY, letter, name, None, 1, GBT_2017))
        for item in divisions.split("|"):
            code, division = item.split(" ", 1)
            out.append(SeedValue(INDUSTRY, code, division, letter, 2, GBT_2017))
    out += [SeedValue(INDUSTRY, code, name, code[:-1], _level(code), GBT_2017) for code, name in GROUPS]
    levels = {v.code: v.level for v in out}
    for code, name, parent in USE_CLASSES:
        level = levels[parent] + 1 if parent else 1
        levels[code] = level
        out.append(SeedValue(INDUSTRY, code, name, parent, level, WORKSTATION_1 if code in ("公共服务及管理组织", "其他")
                             else USE_CLASS))
    out += [SeedValue(TARIFF_CATEGORY, code, code, parent, 2 if parent else 1, TARIFF_SOURCE)
            for code, parent in TARIFF_VALUES]
    out += [SeedValue(VOLTAGE_LEVEL, code, code, None, 1, VOLTAGE_SOURCE) for code in VOLTAGE_VALUES]
    out += [SeedValue(FINDING_CATEGORY, code, name, None, 1, FINDING_SOURCE) for code, name in FINDING_VALUES]
    return out


def seed_aliases() -> list[SeedAlias]:
    """Every seeded alias: older editions' names and the forms exports write."""
    return (
        [SeedAlias(INDUSTRY, alias, code, source) for alias, code, source in OLDER_NAMES]
        + [SeedAlias(TARIFF_CATEGORY, alias, code, source) for alias, code, source in TARIFF_FORMS]
        + [SeedAlias(VOLTAGE_LEVEL, alias, code, source) for alias, code, source in VOLTAGE_FORMS]
    )
