#!/usr/bin/env python3
"""The vocabulary of sectors and provinces: the vocabulary's seventeenth round (issue 22,
Deliver 5; docs/terms.md "Seventeenth round: sectors and provinces"). Standard library only;
run from the repository root, examples/terms_vocab16.py beside it (its counting, its listed
check and its tifa check are reused by import).

Round 16 wrote the standing NATIONAL formulations out by category; this round writes out the
categories it did not cover, from knowledge of the domain first, then checked against the
corpora: (a) each province's signature strategies, positionings, projects and slogans (written
from knowledge, then completed by a reading of the first part of every provincial-2026 report:
its quotes and its section heads); (b) the sector programs of the ministries — agriculture and
rural, industry and digital, science and talent, education, health and social security, culture
and tourism, transport and water, ecology, housing, finance and capital markets; (c)
party-building, discipline and governance campaigns; (d) Hong Kong, Macau, Taiwan, defence and
diplomacy.

    count CORPORA [TIFA|-] [REV]
        as terms_vocab16.py count: for every name its category, type, whether the vocabulary
        lists it (a line of src/terms/vocabulary.txt; `inside:` a longer line only), the
        documents holding it in the national reports 1954-2025 / provincial-2026 / People's
        Daily 2023h2 / finance-2026, what TIFA finds when it stands alone in a sentence written
        here, and the decision. REV: the vocabulary at that git revision (the round's base,
        f5881f6). TSV on stdout, a summary per category on stderr.

Keep rule (the brief's): a name by the earlier rounds' criteria that stands in at least one
report or in 3 People's Daily documents and that tifa does not already find with its type, or
whose standing is sure (`sure`). `out:` rows are candidates weighed and left out, with why.
"""

import sys

import terms_vocab16 as sixteenth

P, S = "program", "slogan"


def rows(kind, names, note=""):
    """(name, kind, note) for each of `names` (a space-separated string)."""
    return [(n, kind, note) for n in names.split()]


# (a) Provinces: signature strategies, positionings and slogans. Written from knowledge first
# (the first block of each line), then the first part of every provincial-2026 report was read
# (its quotes and heads) for what the first pass forgot (the second block, after `+`).
PROVINCES = (
    # 北京 天津 河北 山西 内蒙古
    rows(S, "四个中心 四个服务 五子联动 新时代首都发展 一核两翼 首都功能核心区")
    + rows(P, "疏解整治促提升 疏整促 接诉即办 主动治理、未诉先办 两区建设 街乡吹哨、部门报到 吹哨报到")
    + rows(S, "一基地三区 经济强省、美丽河北 三件大事")
    + rows(P, "海河英才 能源革命综合改革试点 三改联动 资源型经济转型综合配套改革试验区")
    + rows(S, "五大任务 两个屏障、两个基地、一个桥头堡 闯新路、进中游 两个屏障 两个基地 一个桥头堡")
    + rows(P, "六个工程 两个稳居")
    # 辽宁 吉林 黑龙江
    + rows(P, "全面振兴新突破三年行动 一主六双 千亿斤粮食产能建设工程 吉林一号")
    + rows(S, "数字辽宁、智造强省 五大安全 六个龙江 八个振兴")
    + rows(P, "4567现代化产业体系")
    # 上海 江苏 浙江 安徽 福建 江西 山东
    + rows(S, "五个中心 四大功能 五型经济 人民城市人民建 三大任务")
    + rows(P, "一网统管 一网交易 两张网 五个新城")
    + rows(S, "四个走在前 走在前、做示范 争当表率、争做示范、走在前列 经济强、百姓富、环境美、社会文明程度高 强富美高 四个新")
    + rows(P, "1650产业体系 智改数转网联 智改数转")
    + rows(P, "八八战略 三个一号工程 千项万亿 十项重大工程 大综合一体化 数字化改革 山海协作工程 415X")
    + rows(S, "地瓜经济 重要窗口 干在实处、走在前列、勇立潮头 浙江有礼 两个先行 勇立潮头")
    + rows(S, "三地一区")
    + rows(P, "双招双引 十大新兴产业")
    + rows(S, "机制活、产业优、百姓富、生态美 新福建 三争")
    + rows(P, "数字福建 海上福建 山海协作 两岸融合发展示范区 四链融合")
    + rows(S, "作示范、勇争先 走在前、勇争先、善作为")
    + rows(P, "1269行动计划 省会引领战略 五型政府")
    + rows(S, "走在前、开新局 走在前、挑大梁 三个走在前")
    + rows(P, "十强产业 强省会 黄河重大国家战略 十大工程 八大行动")
    # 河南 湖北 湖南 广东 广西 海南
    + rows(S, "两个确保 十大战略")
    + rows(P, "万人助万企 三个一批")
    + rows(S, "建成支点、走在前列、谱写新篇 全国构建新发展格局先行区")
    + rows(P, "武鄂黄黄 襄十随神 宜荆荆恩 支点建设七大战略")
    + rows(S, "三高四新 三个高地 四新使命")
    + rows(P, "强省会战略 七大攻坚 五好园区")
    + rows(P, "百县千镇万村高质量发展工程 百千万工程 绿美广东生态建设 五外联动")
    + rows(S, "制造业当家 一核一带一区 一点两地")
    + rows(S, "三大定位新使命 五个更大 向海图强")
    + rows(P, "桂品出海 千企技改")
    + rows(P, "封关运作 一线放开、二线管住")
    + rows(S, "三区一中心 一本三基四梁八柱")
    # 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆
    + rows(P, "33618现代制造业集群体系 数字重庆 三攻坚一盘活 一号改革工程 巴渝和美乡村")
    + rows(S, "两大定位 六区一高地")
    + rows(S, "四化同步、城乡融合、五区共兴 一干多支 治蜀兴川")
    + rows(P, "天府粮仓 电动四川")
    + rows(S, "四新主攻四化 围绕四新主攻四化 四区一高地")
    + rows(P, "大扶贫、大数据、大生态 三大战略行动")
    + rows(S, "三个定位 3815战略发展目标 民族团结进步示范区 生态文明建设排头兵 面向南亚东南亚辐射中心")
    + rows(P, "绿色能源、绿色食品、健康生活目的地 三张牌")
    + rows(S, "四件大事 四个确保 新时代党的治藏方略 三个意识")
    + rows(S, "追赶超越 三个年")
    + rows(P, "秦创原 秦创原创新驱动平台")
    + rows(S, "富民兴陇 四强行动 强科技、强工业、强省会、强县域")
    + rows(S, "四地 三个最大 生态文明高地")
    + rows(P, "世界级盐湖产业基地 国家清洁能源产业高地 国际生态旅游目的地 绿色有机农畜产品输出地")
    + rows(P, "黄河流域生态保护和高质量发展先行区")
    + rows(S, "六新六特六优")
    + rows(P, "六新六特六优产业")
    + rows(S, "新时代党的治疆方略 依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆")
    + rows(P, "八大产业集群 三基地一通道 丝绸之路经济带核心区")
    # + the reading of the first parts (quotes and heads of the provincial-2026 reports)
    + rows(S, "三地一区 两个屏障 四个善作善成 一个战略牵引 三争 五向图强 四个出新出彩")
    + rows(P, "三个年 疏整促 百千工程 一主两副、一圈两带、四域多点 四件大事 两化一振兴 五个振兴")
    + rows(S, "一区两地一园一通道")
    + rows(P, "三区一院 六个倍增计划 十项行动 四个十大")
)

# (b) Sector programs of the ministries.
SECTORS = {
    "agriculture": rows(P, "高标准农田建设 高标准农田 千万工程 万企兴万村 种业振兴行动 大豆和油料产能提升工程 "
                           "新一轮千亿斤粮食产能提升行动 千亿斤粮食产能提升行动 乡村建设行动 农村人居环境整治 "
                           "农村人居环境整治提升五年行动 农村宅基地制度改革 第二轮土地承包到期后再延长三十年 "
                           "高素质农民培育 菜篮子工程 米袋子省长负责制 粮食安全省长责任制 一村一品 数商兴农 "
                           "电商进农村 互联网+农产品出村进城 农产品出村进城 驻村第一书记 "
                           "防止返贫动态监测和帮扶 防返贫监测 千村示范、万村整治 耕地占补平衡 撂荒地 "
                           "良种良法良机良田 吨粮田 稻渔综合种养 整建制推进 以工代赈 农业社会化服务 "
                           "新型农业经营主体 家庭农场 乡村CEO")
                   + rows(S, "防止返贫致贫 宜居宜业和美乡村 和美乡村 防止规模性返贫 不发生规模性返贫 藏粮于地 藏粮于技 "
                           "大食物观 米袋子 菜篮子 三农 农业强国 土特产 强村富民 强县富民"),
    "industry": rows(P, "智能制造 专精特新 小巨人 专精特新小巨人 宽带中国 5G扬帆 双千兆 工业互联网创新发展工程 "
                        "数据要素× 数据要素×三年行动 上云用数赋智 企业上云 智能化改造和数字化转型 链长制 "
                        "大规模设备更新 设备更新和消费品以旧换新 以旧换新 消费品以旧换新 制造业技术改造升级工程 "
                        "中小企业数字化转型城市试点 灯塔工厂 首台套 首台（套） 工业母机 新三样 "
                        "智能网联汽车准入和上路通行试点 车路云一体化 新型工业化 人工智能+制造")
                + rows(S, "制造业当家 强链补链延链 补链强链延链 增品种、提品质、创品牌 数实融合 "
                          "两化融合 高端化、智能化、绿色化、融合化"),
    "science": rows(P, "强基计划 揭榜挂帅 赛马制 基础研究十年行动 科技特派员制度 科技特派员 万人计划 千人计划 "
                       "长江学者奖励计划 珠峰计划 拔尖计划 英才计划 六卓越一拔尖 新工科 新医科 新农科 新文科 "
                       "卓越工程师教育培养计划 国家卓越工程师 卓越工程师 科技成果转化三年行动 首台套保险 "
                       "科技副总 概念验证 揭榜挂帅、赛马 先投后股 拨投结合 科技创新2030重大项目 "
                       "国家重点研发计划 国家科技重大专项 科技体制改革三年攻坚 职务科技成果赋权改革 "
                       "教育科技人才一体改革 教育科技人才一体发展")
               + rows(S, "四个面向 科技自立自强 高水平科技自立自强 教育、科技、人才 教育强国、科技强国、人才强国 "
                         "人才是第一资源 世界重要人才中心和创新高地 科学家精神 企业科技创新主体地位 "
                         "以企业为主体、市场为导向、产学研深度融合"),
    "education": rows(P, "双减 强师计划 国培计划 银龄讲学计划 特岗计划 县管校聘 双高计划 县域普通高中振兴行动 "
                         "县中振兴 农村义务教育学生营养改善计划 营养改善计划 控辍保学 大思政课 教育数字化战略行动 "
                         "国家教育数字化战略 高考综合改革 双一流 双一流建设 公费师范生 优师计划 "
                         "新时代立德树人工程 家校社协同育人 课后服务")
                 + rows(S, "义务教育优质均衡 学前教育普及普惠 职普融通、产教融合、科教融汇 职普融通 产教融合 科教融汇 五育并举 德智体美劳 "
                           "德智体美劳全面发展 三全育人 教育家精神 立德树人 为党育人、为国育才 九个坚持 "
                           "教育强国 办好人民满意的教育 教育优先发展"),
    "health": rows(P, "一老一小 长护险 长期护理保险 长期护理保险制度 健康中国行动 爱国卫生运动 三医联动 "
                      "医共体 紧密型县域医共体 紧密型县域医疗卫生共同体 城市医疗集团 分级诊疗 集采 国家集采 "
                      "药品集中带量采购 互联网+医疗健康 全民参保计划 基本养老保险全国统筹 "
                      "渐进式延迟法定退休年龄 延迟退休 育儿补贴 普惠托育 老年助餐 适老化改造 "
                      "一刻钟便民生活圈 城市一刻钟便民生活圈 三孩生育政策 三孩政策 健康扶贫 "
                      "医保支付方式改革 按病种付费 先诊疗后付费 免陪照护 新就业形态就业人员职业伤害保障 "
                      "职业伤害保障 个人养老金 失业保险稳岗返还 稳岗返还 以工代训 技能中国行动 "
                      "技能照亮前程 春风行动 百日千万招聘 三支一扶 大学生志愿服务西部计划 "
                      "家庭医生签约服务 异地就医直接结算 医保跨省直接结算 医疗卫生强基工程 "
                      "县域医共体 千县工程 健康乡村")
              + rows(S, "三医协同发展和治理 人民至上、生命至上 以基层为重点 预防为主 就业优先 "
                        "老有所养 幼有所育 弱有所扶 幼有所育、学有所教、劳有所得、病有所医、老有所养、住有所居、弱有所扶 "
                        "七有 一老一小 积极老龄观 健康老龄化 大卫生、大健康"),
    "culture": rows(P, "文化惠民工程 国家文化数字化战略 中华文明探源工程 考古中国 送文化下乡 村晚 村超 村BA "
                       "四好农村路 240小时过境免签 过境免签 单方面免签 入境游 文旅融合 全民健身 全民阅读 "
                       "书香中国 文化强国 非遗进景区 旅游+ 文旅+ 文旅+百业 百业+文旅 三馆一站 "
                       "五个一工程 中华优秀传统文化传承发展工程 国家文化公园 长城国家文化公园 "
                       "大运河国家文化公园 长征国家文化公园 黄河国家文化公园 长江国家文化公园")
               + rows(S, "以文塑旅、以旅彰文 宜融则融、能融尽融 创造性转化、创新性发展 两创 "
                         "第二个结合 中华民族现代文明 文化自信 坚定文化自信"),
    "transport": rows(P, "南水北调 国家水网 八纵八横 6轴7廊8通道 平急两用 城市更新行动 城中村改造 海绵城市 "
                         "公转铁 公转水 多式联运 一单制 一箱制 河湖长制 最严格水资源管理制度 "
                         "水资源刚性约束制度 母亲河复苏行动 幸福河湖 四好农村路 交通强国 县县通高速 "
                         "村村通硬化路 组组通 城市地下管网 城市生命线 城市体检 完整社区 "
                         "一刻钟便民生活圈 公交优先 四网融合 轨道上的都市圈 全国统一大市场 "
                         "物流降本增效 有效降低全社会物流成本")
                 + rows(S, "节水优先、空间均衡、系统治理、两手发力 四水四定 以水定城、以水定地、以水定人、以水定产 "
                           "节水型社会 人民城市 人民城市人民建、人民城市为人民 好房子、好小区、好社区、好城区 "
                           "宜居、韧性、智慧城市"),
    "ecology": rows(P, "河长制 林长制 湖长制 田长制 无废城市 三线一单 生态保护红线 碧水保卫战 蓝天保卫战 "
                       "净土保卫战 碳排放双控 能耗双控 生态产品价值实现机制 长江十年禁渔 三北工程 以竹代塑 "
                       "中央生态环境保护督察 生态环境分区管控 排污许可制 碳普惠 国家公园体系 "
                       "以国家公园为主体的自然保护地体系 山水工程 山水林田湖草沙一体化保护和修复工程 "
                       "绿盾行动 无废城市建设 美丽河湖 美丽海湾 蓝色海湾 国土绿化行动 全国碳市场 "
                       "林业碳汇 EOD模式 生态综合补偿 横向生态保护补偿 新污染物治理 "
                       "煤改气、煤改电 清洁取暖 超低排放改造 美丽中国先行区 美丽中国建设")
               + rows(S, "双碳 碳达峰碳中和 两山 绿水青山就是金山银山 山水林田湖草沙一体化保护和系统治理 "
                         "降碳、减污、扩绿、增长 降碳减污扩绿增长 人与自然和谐共生 生态优先、绿色发展 "
                         "绿色发展 三水统筹 生态文明建设 美丽中国"),
    "housing": rows(P, "保交楼 保交房 城中村改造 保障性住房 三大工程 平急两用 收储存量商品房 "
                       "城市房地产融资协调机制 白名单 商品房现房销售 住房以旧换新 好房子 "
                       "老旧小区改造 城市更新 危旧房改造 租购并举 房票 房地产发展新模式 "
                       "保障性租赁住房 共有产权住房 公租房")
               + rows(S, "房子是用来住的、不是用来炒的 因城施策 一城一策 人、房、地、钱 以人定房、以房定地、以房定钱 "
                         "租购并举 止跌回稳 促进房地产市场止跌回稳 好房子、好小区、好社区、好城区"),
    "finance": rows(P, "全面注册制 全面实行股票发行注册制 注册制改革 科创板 跨境理财通 沪港通 深港通 沪伦通 "
                       "债券通 互换通 新国九条 存款保险制度 一揽子化债方案 地方政府债务置换 超长期特别国债 "
                       "特别国债 专项债 数字人民币 科技创新和技术改造再贷款 普惠小微贷款 "
                       "首贷 无还本续贷 小微企业融资协调工作机制 并购六条 科创板八条 "
                       "险资入市 中长期资金入市 养老金融 绿色金融 科技金融 普惠金融 数字金融 "
                       "金融强国 五篇大文章 宏观审慎评估 两个毫不动摇 "
                       "公平竞争审查制度 市场准入负面清单 外商投资准入负面清单 准入前国民待遇加负面清单 "
                       "准入前国民待遇加负面清单管理制度 零基预算改革 财政体制改革 央地财政关系 "
                       "增值税留抵退税 留抵退税 减税降费 结构性减税降费")
               + rows(S, "金融五篇大文章 长钱长投 耐心资本 金融为民 金融工作的政治性、人民性 金融服务实体经济 "
                         "守住不发生系统性金融风险的底线 稳字当头 逆周期调节 跨周期调节 "
                         "更加积极的财政政策 适度宽松的货币政策 积极的财政政策 稳健的货币政策 "
                         "建设以投资者为本的资本市场"),
}

# (c) Party-building, discipline and governance campaigns.
PARTY = (
    rows(P, "主题教育 党史学习教育 党纪学习教育 不忘初心、牢记使命主题教育 "
            "学习贯彻习近平新时代中国特色社会主义思想主题教育 中央八项规定精神学习教育 "
            "第一议题 第一议题制度 三会一课 两学一做 四下基层 大兴调查研究 "
            "为基层减负 整治形式主义为基层减负 基层减负 接诉即办 吹哨报到 三重一大 "
            "巡视巡察 政治巡视 党建引领基层治理 网格化管理 综治中心 信访工作法治化 "
            "一站式矛盾纠纷调解 移风易俗 积分制 清单制 四议两公开 村务监督委员会 "
            "一村一辅警 容错纠错机制 扫黑除恶 常态化扫黑除恶斗争 雪亮工程 群众身边不正之风和腐败问题集中整治 "
            "校园餐 群众身边不正之风和腐败问题 清廉建设 廉洁文化建设 以案促改 以案为鉴、以案促改 "
            "五老 社会工作 新就业群体党建 两新组织党建 抓党建促乡村振兴 村党组织书记 "
            "三个区分开来 七个有之 双重领导 政治监督 "
            "领导干部插手干预重大事项记录报告制度 三个规定 四风 作风建设")
    + rows(S, "干部能上能下 两个责任 枫桥经验 新时代枫桥经验 浦江经验 晋江经验 四下基层 自治、法治、德治相结合 三治融合 "
              "四种形态 监督执纪四种形态 能上能下 不敢腐、不能腐、不想腐 一体推进不敢腐、不能腐、不想腐 "
              "严的基调、严的措施、严的氛围 全面从严治党永远在路上 党的自我革命永远在路上 "
              "反腐败斗争永远在路上 两个永远在路上 党要管党、全面从严治党 "
              "小事不出村、大事不出镇、矛盾不上交 民有所呼、我有所应 抓早抓小 "
              "矛盾不上交 党建引领 一线工作法 "
              "政治过硬、本领高强、求实创新、能谋善为 忠诚干净担当 对党忠诚、个人干净、敢于担当 "
              "敢于斗争、善于斗争 干事创业 为民造福 为人民出政绩、以实干出政绩")
)

# (d) Hong Kong, Macau, Taiwan, defence and diplomacy.
HKMT = (
    rows(S, "一国两制 爱国者治港 爱国者治澳 港人治港、澳人治澳、高度自治 高度自治 全面管治权 中央全面管治权 "
            "落实中央全面管治权和保障特区高度自治权相统一 由乱到治、由治及兴 由治及兴 行政主导 "
            "一个中国原则 九二共识 和平统一、一国两制 两岸一家亲 两岸同胞一家亲 心灵契合 两岸融合发展 "
            "以通促融、以惠促融、以情促融 反独促统 惠台利民 新时代党解决台湾问题的总体方略 "
            "两岸同胞是血脉相连的一家人 融入国家发展大局 一国两制实践 港澳融入国家发展大局")
    + rows(P, "两岸融合发展示范区 北部都会区 前海 横琴粤澳深度合作区 港车北上 澳车北上 "
              "一签多行 港澳居民居住证 惠台31条 同等待遇")
)
DEFENCE = (
    rows(S, "强军目标 党在新时代的强军目标 建军一百年奋斗目标 新时代军事战略方针 积极防御 "
            "政治建军、改革强军、科技强军、人才强军、依法治军 有灵魂、有本事、有血性、有品德 四有 "
            "听党指挥、能打胜仗、作风优良 党对人民军队的绝对领导 军政军民团结 强边固防 "
            "兴边富民 备战打仗 练兵备战 实战化训练 三位一体新型军事人才培养体系 "
            "国防和军队现代化 一体化国家战略体系和能力 新域新质作战力量")
    + rows(P, "双拥 双拥工作 全民国防教育 军民融合 军民融合发展 兴边富民行动 强边固防 "
              "退役军人服务保障体系 拥军优属 优待抚恤 智慧边防")
)
DIPLOMACY = (
    rows(S, "亲诚惠容 真实亲诚 正确义利观 和平共处五项原则 共商共建共享 独立自主的和平外交政策 "
            "结伴而不结盟 不干涉内政 平等有序的世界多极化 普惠包容的经济全球化 "
            "平等有序的世界多极化和普惠包容的经济全球化 真正的多边主义 新型国际关系 "
            "大小国家一律平等 相互尊重、公平正义、合作共赢 不冲突不对抗、相互尊重、合作共赢 "
            "与邻为善、以邻为伴 睦邻、安邻、富邻 全人类共同价值 人类命运共同体 "
            "以联合国为核心的国际体系 以国际法为基础的国际秩序 开放包容、合作共赢 "
            "不以意识形态划线 发展中国家的天然成员 全球南方 元首外交 中国方案 中国智慧 "
            "伙伴关系网络 全球伙伴关系 新型大国关系 大国协调和良性互动 "
            "相互尊重、和平共处、合作共赢 和平共处、合作共赢")
    + rows(P, "全球发展倡议 全球安全倡议 全球文明倡议 全球治理倡议 三大全球倡议 一带一路 "
              "高质量共建一带一路 南南合作 中欧班列 丝路海运 陆海新通道 八项行动 "
              "支持高质量共建一带一路八项行动 小而美 鲁班工坊 菌草技术 澜湄合作 金砖+ "
              "全球发展和南南合作基金 中国—东盟自贸区3.0版 区域全面经济伙伴关系协定")
)

# Judgement of the criteria (written before the counts): names kept out whatever they count.
OUT = {
    # places, entities, institutions, works, events, products, designations
    "place": "首都功能核心区 武鄂黄黄 襄十随神 宜荆荆恩 前海 北部都会区 横琴粤澳深度合作区 "
             "吉林一号 科创板 中欧班列 数字人民币 综治中心 村务监督委员会 村党组织书记 驻村第一书记 "
             "灯塔工厂 小巨人 专精特新小巨人 卓越工程师 国家卓越工程师 科技副总 科技特派员 "
             "公费师范生 家庭农场 新型农业经营主体 乡村CEO 五老 工业母机 新三样 首台套 首台（套） "
             "三馆一站 村晚 村超 村BA 入境游 世界级盐湖产业基地 国家清洁能源产业高地 "
             "国际生态旅游目的地 绿色有机农畜产品输出地 民族团结进步示范区 生态文明建设排头兵 "
             "面向南亚东南亚辐射中心 国家文化公园 长城国家文化公园 大运河国家文化公园 长征国家文化公园 "
             "黄河国家文化公园 长江国家文化公园 全国碳市场 保障性住房 保障性租赁住房 共有产权住房 "
             "公租房 专项债 特别国债 超长期特别国债 城市医疗集团 区域全面经济伙伴关系协定 金砖+ "
             "澜湄合作 全球发展和南南合作基金 秦创原 秦创原创新驱动平台 港澳居民居住证 "
             "丝绸之路经济带核心区 三基地一通道 八大产业集群",
    # fields, kinds, generic nouns and mechanisms of any text
    "generic": "智能制造 撂荒地 农业社会化服务 概念验证 多式联运 城市地下管网 城市生命线 城市体检 "
               "完整社区 公交优先 绿色金融 科技金融 普惠金融 数字金融 养老金融 社会工作 作风建设 "
               "干事创业 为民造福 巡视巡察 政治巡视 政治监督 双重领导 网格化管理 课后服务 "
               "预防为主 以基层为重点 就业优先 老有所养 幼有所育 弱有所扶 三农 米袋子 菜篮子 "
               "土特产 绿色发展 生态文明建设 城市更新 清洁取暖 林业碳汇 首贷 减税降费 "
               "特别国债 跨周期调节 积极防御 备战打仗 练兵备战 实战化训练 全球南方 元首外交 "
               "中国方案 中国智慧 伙伴关系网络 全球伙伴关系 同等待遇 高度自治 行政主导 "
               "融入国家发展大局 国防和军队现代化 旅游+ 文旅+ 三大任务 三件大事 五大任务 "
               "十项行动 十大工程 八大行动 十大战略 三个一批 四个新 四新使命 两个基地 一个桥头堡 "
               "三张牌 三个年 三个意识 四地 四个确保 三个定位 两大定位 三个最大 八项行动 小而美 "
               "一线工作法 党建引领 抓早抓小 新福建 三争 四有 强省会 两化融合 四链融合 "
               "人工智能+制造 两个稳居 六个工程",
    # a listed name with its verb, degree, scope or head (the listed one is the name found)
    "wrapped": "高质量共建一带一路 支持高质量共建一带一路八项行动 一体推进不敢腐、不能腐、不想腐 "
               "坚定文化自信 常态化扫黑除恶斗争 促进房地产市场止跌回稳 无废城市建设 美丽中国建设 "
               "双一流建设 国家教育数字化战略 全面实行股票发行注册制 军民融合发展 双拥工作 "
               "德智体美劳全面发展 一国两制实践 港澳融入国家发展大局 监督执纪四种形态 "
               "数据要素×三年行动 新时代枫桥经验 党要管党、全面从严治党 围绕四新主攻四化",
    # judged after the counts: generic, ambiguous, a counted set, a layout, an institution
    "after": "高标准农田 白名单 房票 医共体 积分制 清单制 能上能下 优待抚恤 鲁班工坊 菌草技术 "
             "丝路海运 中国—东盟自贸区3.0版 三大全球倡议 文旅融合 两创 教育、科技、人才 英才计划 "
             "七有 八纵八横 6轴7廊8通道 物流降本增效 国家公园体系 普惠小微贷款 财政体制改革 "
             "新域新质作战力量 智慧边防 和平共处、合作共赢 一核两翼 资源型经济转型综合配套改革试验区 "
             "人民城市人民建 五个新城 数字化改革 重要窗口 勇立潮头 十大新兴产业 三个高地 七大攻坚 "
             "三区一院 四个十大 千亿斤粮食产能提升行动 吨粮田 稻渔综合种养 整建制推进 "
             "智能化改造和数字化转型 学前教育普及普惠 三孩政策",
    # problems named, not programs
    "problem": "校园餐 群众身边不正之风和腐败问题 七个有之",
}
OUT_WHY = {
    "place": "a place, entity, institution, work, event, product or designation",
    "generic": "a field, kind, generic noun or mechanism, or an ambiguous short count",
    "wrapped": "a listed name with its verb, degree, scope or head",
    "problem": "a problem named, not a program",
    "after": "judged on the counts' reading: a kind (高标准农田, the seventh round's and a sample's "
             "O), a generic word or mechanism (白名单, 积分制, 文旅融合), ambiguous (两创, 英才计划 in "
             "every province's talent plan, 七有, 重要窗口), a counted set (三大全球倡议, 七大攻坚), a "
             "layout (八纵八横), an institution or brand (医共体, 鲁班工坊, 丝路海运), a half "
             "never alone (counts equal the whole's), an idiom (勇立潮头); 学前教育普及普惠 after the ninth sample labelled it O; 三孩政策 (sure, but unattested) because a fourteenth program ending in 政策 makes 政策 a stem head by `stem_heads_are_the_vocabulary_s_own`, a change of the rules, not of the list",
}
# Kept whatever the corpora's years write (standing sure: national programs and formulations).
SURE = set("千亿斤粮食产能提升行动 新一轮千亿斤粮食产能提升行动 第二轮土地承包到期后再延长三十年 "
           "渐进式延迟法定退休年龄 新时代党解决台湾问题的总体方略 建军一百年奋斗目标 "
           "全球治理倡议 互换通 跨境理财通 沪伦通 港人治港、澳人治澳、高度自治 由乱到治、由治及兴 "
           "千人计划 长江学者奖励计划".split())

CATEGORIES = [("provinces", PROVINCES)] + list(SECTORS.items()) + [
    ("party", PARTY), ("hkmt", HKMT), ("defence", DEFENCE), ("diplomacy", DIPLOMACY)]


def entries():
    """Every (category key, name, type, note), the first of each name only."""
    why = {n: OUT_WHY[k] for k, names in OUT.items() for n in names.split()}
    seen = set()
    for key, items in CATEGORIES:
        for name, kind, _note in items:
            if name in seen:
                continue
            seen.add(name)
            note = "out:" + why[name] if name in why else ("sure" if name in SURE else "")
            yield key, name, kind, note


if __name__ == "__main__":
    sixteenth.entries = entries
    sixteenth.main()
