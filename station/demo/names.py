"""Word lists of the demo station: Chinese names, places, shops, meter models and their makers."""

from __future__ import annotations

# The commonest surnames, most frequent first; the demo draws them with falling weights so that
# 王/李/张/刘/陈 dominate as they do in a real county.
SURNAMES: tuple[str, ...] = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)

# Characters of given names (one or two of them per person).
GIVEN_CHARS: tuple[str, ...] = tuple(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彩春菊凤辉建国志文利斌宇浩"
    "鹏飞鑫波宁海林峰晨雪梅琴云莲真环荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦"
    "德成福生宝金山水永长庆祥瑞昌兴旺发家和安泰顺喜善良忠诚信义礼智"
)

# Towns (乡镇) of the demo county; the first is the county seat, where most shops and streets are.
TOWNS: tuple[str, ...] = (
    "城关镇", "东关镇", "河口镇", "石桥镇", "新集镇", "柳林镇", "马庄乡", "白沙乡", "王店乡", "杨湖乡",
    "高庙乡", "青龙镇", "太平镇", "三合乡", "黄土岗镇", "双河镇",
)

STREETS: tuple[str, ...] = (
    "东街", "西街", "南街", "北街", "人民路", "解放路", "建设路", "文化路", "新华路", "中山路", "胜利路",
    "朝阳路", "团结路", "幸福路", "迎宾大道", "滨河路", "工业路", "商贸街", "育才路", "光明路",
)

VILLAGES: tuple[str, ...] = (
    "王庄", "李家", "张湾", "刘集", "陈楼", "杨树", "赵河", "周寨", "前进", "红星", "新建", "和平", "友谊",
    "桥头", "柳树", "大营", "小营", "后湖", "北坡", "东岗", "西岗", "南洼", "三里", "五里", "七里",
    "高台", "沙河", "石门", "梨园", "枣林", "桃园", "荷塘", "马家", "孙庄", "郭楼", "田庄",
)

# Housing estates of the county seat (小区).
ESTATES: tuple[str, ...] = (
    "阳光花园", "锦绣家园", "幸福小区", "翠苑小区", "金色家园", "滨河花园", "和谐佳苑", "盛世名城",
    "书香门第", "御景湾", "世纪新城", "东方明珠苑",
)

FEEDERS: tuple[str, ...] = (
    "10kV城关线", "10kV东关线", "10kV河口线", "10kV石桥线", "10kV新集线", "10kV柳林线", "10kV马庄线",
    "10kV白沙线", "10kV工业园线", "10kV开发区线", "10kV北环线", "10kV南环线",
)

# Shop and firm names of 一般工商业 customers: a lucky word + a trade.
SHOP_WORDS: tuple[str, ...] = (
    "鑫源", "宏达", "金鑫", "恒通", "兴旺", "顺发", "永盛", "福满", "聚宝", "华联", "万家", "天和", "利民",
    "康泰", "美佳", "诚信", "盛达", "新世纪", "好运来", "龙腾",
)
SHOP_TRADES: tuple[tuple[str, str], ...] = (
    # (name suffix, 行业分类)
    ("超市", "批发和零售业"),
    ("五金店", "批发和零售业"),
    ("建材店", "批发和零售业"),
    ("农资店", "批发和零售业"),
    ("饭店", "住宿和餐饮业"),
    ("面馆", "住宿和餐饮业"),
    ("宾馆", "住宿和餐饮业"),
    ("汽修厂", "租赁和商务服务业"),
    ("加工厂", "制造业"),
    ("木材加工厂", "制造业"),
    ("面粉厂", "制造业"),
    ("养殖场", "农、林、牧、渔业"),
    ("通讯营业厅", "信息传输、软件和信息技术服务业"),
    ("药店", "批发和零售业"),
    ("诊所", "公共服务及管理组织"),
    ("幼儿园", "公共服务及管理组织"),
    ("物流站", "交通运输、仓储和邮政业"),
    ("加油站", "批发和零售业"),
    ("网吧", "信息传输、软件和信息技术服务业"),
    ("信用社", "金融业"),
)

# 大工业 firms: the county name + a word + a heavy trade.
FACTORY_TRADES: tuple[str, ...] = (
    "水泥有限公司", "建材有限公司", "纺织有限公司", "食品有限公司", "化工有限公司", "机械制造有限公司",
    "造纸有限公司", "铸造有限公司", "新型墙材有限公司", "砂石料场", "自来水公司", "污水处理厂",
)

CLOSE_REASONS: tuple[str, ...] = (
    "用户申请销户", "房屋拆迁", "企业注销", "合户", "房屋拆除重建", "长期无人居住申请销户",
)

# Meter and instrument-transformer makers (real suppliers of State Grid tenders).
METER_MAKERS: tuple[str, ...] = (
    "威胜集团有限公司",
    "宁波三星医疗电气股份有限公司",
    "江苏林洋能源股份有限公司",
    "浙江正泰仪器仪表有限责任公司",
    "杭州海兴电力科技股份有限公司",
    "深圳市科陆电子科技股份有限公司",
    "许继集团有限公司",
    "华立科技股份有限公司",
    "烟台东方威思顿电气有限公司",
    "青岛鼎信通讯股份有限公司",
)
CT_MAKERS: tuple[str, ...] = (
    "大连第一互感器有限责任公司",
    "江苏靖江互感器股份有限公司",
    "浙江天际互感器有限公司",
    "保定天威互感器有限公司",
)

# Models by device: single-phase smart (DDZY), three-phase four-wire smart (DTZY),
# three-phase three-wire for 10 kV metering (DSZY), low-voltage CT (LMZ), 10 kV CT (LZZBJ), PT (JDZ).
SINGLE_PHASE_MODELS: tuple[str, ...] = ("DDZY71C-Z", "DDZY285-Z", "DDZY1980-Z", "DDZY208C-Z", "DDZY102-Z")
THREE_PHASE_MODELS: tuple[str, ...] = ("DTZY341-Z", "DTZY719-Z", "DTZY1980-Z", "DTZY208-Z")
HV_METER_MODELS: tuple[str, ...] = ("DSZY331-Z", "DSZY719-Z")
LV_CT_MODELS: tuple[str, ...] = ("LMZJ1-0.66", "BH-0.66")
HV_CT_MODELS: tuple[str, ...] = ("LZZBJ9-10", "LZZBJ12-10")
PT_MODELS: tuple[str, ...] = ("JDZ10-10", "JDZX10-10")

# The station's operators: (name, role).
USERS: tuple[tuple[str, str], ...] = (
    ("陈静", "clerk"),
    ("周丽", "clerk"),
    ("王强", "metering"),
    ("孙建国", "metering"),
    ("李军", "inspector"),
    ("赵刚", "inspector"),
    ("刘志明", "supervisor"),
    ("管理员", "admin"),
)
#: The demo inspectors' 用电检查证: number and grade (二级 up to 10 kV, 三级 up to 0.4 kV).
CERTS: dict[str, tuple[str, str]] = {"李军": ("JC-2019-0412", "2"), "赵刚": ("JC-2023-0117", "3")}
#: Every demo user's password (printed by `station demo`; the GUI's --demo logs in as the supervisor).
PASSWORD = "demo"
SUPERVISOR = "刘志明"
ADMIN = "管理员"
