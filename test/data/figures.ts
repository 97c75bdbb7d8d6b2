/**
 * The figures the chart tests draw, as records (references as ids), taken from the data on 2026-11-29.
 * Frozen copies, not the live content: correcting a figure on the site does not move a
 * chart snapshot. Change these only to change what a test draws.
 */
import type { FigureRecord } from '../../src/schemas/figures.ts';

export const figures: FigureRecord[] = [
  {
    "id": "changning-training-total",
    "dataset": "changning-skills",
    "label": "近3年培训人次",
    "value": 96309,
    "unit": "人次",
    "qualifier": "exact",
    "counts": "近3年长宁区职业技能培训的总人次。",
    "role": "achievement",
    "district": "changning",
    "asOf": {
      "date": "2021-07-14",
      "precision": "day",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "近3年,长宁区共培训人数96309人次,其中线上培训41893人次,新型学徒制602人",
    "note": "报道只说“近3年”，没写起止年份；本站按2021年7月14日推进会当天记录。"
  },
  {
    "id": "changning-training-online",
    "dataset": "changning-skills",
    "label": "近3年线上培训人次",
    "value": 41893,
    "unit": "人次",
    "qualifier": "exact",
    "counts": "近3年长宁区线上职业技能培训的人次，属于总培训人次中的一部分。",
    "role": "achievement",
    "district": "changning",
    "asOf": {
      "date": "2021-07-14",
      "precision": "day",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "近3年,长宁区共培训人数96309人次,其中线上培训41893人次,新型学徒制602人",
    "note": "报道只说“近3年”，没写起止年份；本站按2021年7月14日推进会当天记录。"
  },
  {
    "id": "changning-new-apprenticeship",
    "dataset": "changning-skills",
    "label": "近3年新型学徒制培养",
    "value": 602,
    "unit": "人",
    "qualifier": "exact",
    "counts": "近3年长宁区按企业新型学徒制培养的人数。",
    "role": "achievement",
    "district": "changning",
    "asOf": {
      "date": "2021-07-14",
      "precision": "day",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "近3年,长宁区共培训人数96309人次,其中线上培训41893人次,新型学徒制602人",
    "note": "单位是“人”，不是“人次”；报道没说这些人是否也算在96309人次里。报道只说“近3年”，没写起止年份；本站按2021年7月14日推进会当天记录。"
  },
  {
    "id": "lingang-plan-industry-university",
    "dataset": "lingang-plan",
    "label": "新建产业网络大学",
    "value": 1,
    "unit": "所",
    "qualifier": "exact",
    "counts": "计划新建的新片区产业（网络）大学数量。",
    "role": "target",
    "district": "lingang",
    "organization": "lingang-industry-university",
    "period": {
      "from": {
        "date": "2020",
        "precision": "year",
        "inferred": [],
        "unknown": []
      },
      "to": {
        "date": "2022",
        "precision": "year",
        "inferred": [],
        "unknown": []
      }
    },
    "source": "lingang-plan-2020",
    "passage": "——新建1所产业网络大学;",
    "note": "目标一的标题称“新片区产业大学”，报道说它是虚拟学校，独立运行、在线授课，由临港集团牵头筹建。"
  },
  {
    "id": "lingang-plan-training-bases",
    "dataset": "lingang-plan",
    "label": "产业实训基地",
    "value": 10,
    "unit": "个",
    "qualifier": "exact",
    "counts": "计划在三年内重点建设的新片区产业实训基地数量。",
    "role": "target",
    "district": "lingang",
    "period": {
      "from": {
        "date": "2020",
        "precision": "year",
        "inferred": [],
        "unknown": []
      },
      "to": {
        "date": "2022",
        "precision": "year",
        "inferred": [],
        "unknown": []
      }
    },
    "source": "lingang-plan-2020",
    "passage": "——搭建10个产业实训基地;",
    "note": "报道说这10个基地都会得到专项资金资助，但没写金额。"
  },
  {
    "id": "lingang-plan-craftsmen",
    "dataset": "lingang-plan",
    "label": "选树“临港工匠”",
    "value": 100,
    "unit": "名",
    "qualifier": "exact",
    "counts": "计划在三年内培养选树的“临港工匠”人数。",
    "role": "target",
    "district": "lingang",
    "period": {
      "from": {
        "date": "2020",
        "precision": "year",
        "inferred": [],
        "unknown": []
      },
      "to": {
        "date": "2022",
        "precision": "year",
        "inferred": [],
        "unknown": []
      }
    },
    "source": "lingang-plan-2020",
    "passage": "——选树100名“临港工匠”;"
  },
  {
    "id": "lingang-plan-apprentices",
    "dataset": "lingang-plan",
    "label": "培养“临港学徒”",
    "value": 1000,
    "unit": "名",
    "qualifier": "exact",
    "counts": "计划在三年内培养的“临港学徒”人数。",
    "role": "target",
    "district": "lingang",
    "period": {
      "from": {
        "date": "2020",
        "precision": "year",
        "inferred": [],
        "unknown": []
      },
      "to": {
        "date": "2022",
        "precision": "year",
        "inferred": [],
        "unknown": []
      }
    },
    "source": "lingang-plan-2020",
    "passage": "——培养1000名“临港学徒”;"
  },
  {
    "id": "lingang-plan-worker-skill-upgrades",
    "dataset": "lingang-plan",
    "label": "一线职工技能等级提升",
    "value": 10000,
    "unit": "名",
    "qualifier": "exact",
    "counts": "计划在三年内帮助提升技能等级的一线职工人数。",
    "role": "target",
    "district": "lingang",
    "period": {
      "from": {
        "date": "2020",
        "precision": "year",
        "inferred": [],
        "unknown": []
      },
      "to": {
        "date": "2022",
        "precision": "year",
        "inferred": [],
        "unknown": []
      }
    },
    "source": "lingang-plan-2020",
    "passage": "——助推10000名一线职工技能等级提升"
  },
  {
    "id": "lingang-plan-high-skill-reserve",
    "dataset": "lingang-plan",
    "label": "储备重点产业高技能人才",
    "value": 10000,
    "unit": "名",
    "qualifier": "exact",
    "counts": "计划在三年内储备的重点产业高技能人才人数。",
    "role": "target",
    "district": "lingang",
    "period": {
      "from": {
        "date": "2020",
        "precision": "year",
        "inferred": [],
        "unknown": []
      },
      "to": {
        "date": "2022",
        "precision": "year",
        "inferred": [],
        "unknown": []
      }
    },
    "source": "lingang-plan-2020",
    "passage": "储备10000名重点产业高技能人才"
  },
  {
    "id": "shanghai-certifiers-total",
    "dataset": "shanghai-certification",
    "label": "企业职业技能等级认定机构",
    "value": 100,
    "unit": "家",
    "qualifier": "exact",
    "counts": "上海全市已有的企业职业技能等级认定机构数量，四类合计。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "目前,本市企业职业技能等级认定机构已达100家",
    "derivation": {
      "op": "sum",
      "of": [
        "shanghai-certifiers-municipal-soe",
        "shanghai-certifiers-district-soe",
        "shanghai-certifiers-municipal-associations",
        "shanghai-certifiers-central-soe-branches"
      ]
    },
    "note": "报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。17＋6＋31＋46＝100，与报道总数一致。"
  },
  {
    "id": "shanghai-certifiers-municipal-soe",
    "dataset": "shanghai-certification",
    "label": "认定机构：市属企业",
    "value": 17,
    "unit": "家",
    "qualifier": "exact",
    "counts": "全市企业职业技能等级认定机构中属于市属企业的数量。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "其中包含17家市属企业、6家区属企业、31家市级行业协会、46家央企分支机构",
    "note": "报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。"
  },
  {
    "id": "shanghai-certifiers-district-soe",
    "dataset": "shanghai-certification",
    "label": "认定机构：区属企业",
    "value": 6,
    "unit": "家",
    "qualifier": "exact",
    "counts": "全市企业职业技能等级认定机构中属于区属企业的数量。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "其中包含17家市属企业、6家区属企业、31家市级行业协会、46家央企分支机构",
    "note": "报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。"
  },
  {
    "id": "shanghai-certifiers-municipal-associations",
    "dataset": "shanghai-certification",
    "label": "认定机构：市级行业协会",
    "value": 31,
    "unit": "家",
    "qualifier": "exact",
    "counts": "全市企业职业技能等级认定机构中属于市级行业协会的数量。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "其中包含17家市属企业、6家区属企业、31家市级行业协会、46家央企分支机构",
    "note": "报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。"
  },
  {
    "id": "shanghai-certifiers-central-soe-branches",
    "dataset": "shanghai-certification",
    "label": "认定机构：央企分支机构",
    "value": 46,
    "unit": "家",
    "qualifier": "exact",
    "counts": "全市企业职业技能等级认定机构中属于中央企业分支机构的数量。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "其中包含17家市属企业、6家区属企业、31家市级行业协会、46家央企分支机构",
    "note": "报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。"
  },
  {
    "id": "shanghai-certification-assessments",
    "dataset": "shanghai-certification",
    "label": "累计开展评价",
    "value": 34800,
    "unit": "人次",
    "qualifier": "exact",
    "counts": "全市通过企业职业技能等级认定累计评价的人次。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "全市已累计开展评价3.48万人次",
    "note": "报道写作“3.48万人次”，只精确到百人次。报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。"
  },
  {
    "id": "shanghai-certification-certificates",
    "dataset": "shanghai-certification",
    "label": "颁发职业技能等级证书",
    "value": 28500,
    "unit": "本",
    "qualifier": "exact",
    "counts": "全市通过企业职业技能等级认定累计发出的职业技能等级证书本数。",
    "role": "achievement",
    "district": "shanghai",
    "asOf": {
      "date": "2021-07",
      "precision": "month",
      "inferred": [],
      "unknown": []
    },
    "source": "shanghai-certification-2021",
    "passage": "颁发职业技能等级证书2.85万本",
    "note": "报道写作“2.85万本”，只精确到百本。报道写“目前”“截至目前”，没有具体日期；本站按这组合辑稿件的时间（2021年7月）记录。"
  },
  {
    "id": "xiaoshan-certifying-enterprises",
    "dataset": "xiaoshan-certification",
    "label": "等级认定企业",
    "value": 62,
    "unit": "家",
    "qualifier": "exact",
    "counts": "萧山区现有的职业技能等级认定企业总数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区共有等级认定企业62家、社会评价机构6家",
    "note": "这句话接在缺字的那句后面，报道只写“今年”，没给日期。"
  },
  {
    "id": "xiaoshan-social-evaluation-bodies",
    "dataset": "xiaoshan-certification",
    "label": "社会评价机构",
    "value": 6,
    "unit": "家",
    "qualifier": "exact",
    "counts": "萧山区现有的职业技能等级认定社会评价机构总数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区共有等级认定企业62家、社会评价机构6家",
    "note": "这句话接在缺字的那句后面，报道只写“今年”，没给日期。"
  },
  {
    "id": "xiaoshan-certification-pilot-units",
    "dataset": "xiaoshan-certification",
    "label": "等级认定试点单位",
    "value": 68,
    "unit": "家",
    "qualifier": "exact",
    "counts": "截至10月底在萧山区开展等级认定的试点单位数，即等级认定企业加社会评价机构。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-10-31",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至10月底”“截止到10月底”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "截至10月底，68家等级认定试点单位开展等级认定5926人",
    "derivation": {
      "op": "sum",
      "of": [
        "xiaoshan-certifying-enterprises",
        "xiaoshan-social-evaluation-bodies"
      ]
    },
    "note": "62家企业加6家社会评价机构正好是68家。"
  },
  {
    "id": "xiaoshan-certification-people",
    "dataset": "xiaoshan-certification",
    "label": "等级认定人数",
    "value": 5926,
    "unit": "人",
    "qualifier": "exact",
    "counts": "截至10月底，萧山区68家试点单位开展等级认定的人数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-10-31",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至10月底”“截止到10月底”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "截至10月底，68家等级认定试点单位开展等级认定5926人"
  },
  {
    "id": "xiaoshan-certification-self-trained",
    "dataset": "xiaoshan-certification",
    "label": "企业自主培育人数",
    "value": 3066,
    "unit": "人",
    "qualifier": "exact",
    "counts": "截至10月底的等级认定人数里，由企业自主培育的人数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-10-31",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至10月底”“截止到10月底”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "其中企业自主培育3066人，占比51.74%"
  },
  {
    "id": "xiaoshan-certification-self-trained-share",
    "dataset": "xiaoshan-certification",
    "label": "企业自主培育占比",
    "value": 51.74,
    "unit": "%",
    "qualifier": "exact",
    "counts": "截至10月底的等级认定人数里，企业自主培育者所占的百分比。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-10-31",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至10月底”“截止到10月底”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "其中企业自主培育3066人，占比51.74%",
    "derivation": {
      "op": "ratio",
      "of": [
        "xiaoshan-certification-self-trained",
        "xiaoshan-certification-people"
      ]
    },
    "note": "3066÷5926≈51.74%。"
  },
  {
    "id": "xiaoshan-master-studios-total",
    "dataset": "xiaoshan-studios",
    "label": "区级以上技能大师工作室（累计）",
    "value": 76,
    "unit": "家",
    "qualifier": "exact",
    "counts": "萧山区累计建立的区级及区级以上技能大师工作室总数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区已累计建立区级以上技能大师工作室76家，其中国家级1家、省级10家、市级19家",
    "note": "76家包括区级。报道只列了国家级、省级、市级三项（合计30家），没有单列区级，所以三项之和不等于76。"
  },
  {
    "id": "xiaoshan-master-studios-national",
    "dataset": "xiaoshan-studios",
    "label": "国家级技能大师工作室",
    "value": 1,
    "unit": "家",
    "qualifier": "exact",
    "counts": "萧山区累计建立的国家级技能大师工作室数量。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区已累计建立区级以上技能大师工作室76家，其中国家级1家、省级10家、市级19家"
  },
  {
    "id": "xiaoshan-master-studios-provincial",
    "dataset": "xiaoshan-studios",
    "label": "省级技能大师工作室",
    "value": 10,
    "unit": "家",
    "qualifier": "exact",
    "counts": "萧山区累计建立的省级（浙江省）技能大师工作室数量。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区已累计建立区级以上技能大师工作室76家，其中国家级1家、省级10家、市级19家"
  },
  {
    "id": "xiaoshan-master-studios-municipal",
    "dataset": "xiaoshan-studios",
    "label": "市级技能大师工作室",
    "value": 19,
    "unit": "家",
    "qualifier": "exact",
    "counts": "萧山区累计建立的市级（杭州市）技能大师工作室数量。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区已累计建立区级以上技能大师工作室76家，其中国家级1家、省级10家、市级19家",
    "note": "原文只写“市级”，从上下文看应是杭州市级。"
  },
  {
    "id": "xiaoshan-new-skilled-talent-target",
    "dataset": "xiaoshan-talent",
    "label": "新增技能人才目标",
    "value": 7000,
    "unit": "人",
    "qualifier": "exact",
    "counts": "萧山区当年区级民生实事给新增技能人才定的目标人数。",
    "role": "target",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "新增技能人才7000人，其中新增高技能人才3500人"
  },
  {
    "id": "xiaoshan-new-skilled-talent-achieved",
    "dataset": "xiaoshan-talent",
    "label": "已新增技能人才",
    "value": 11391,
    "unit": "人",
    "qualifier": "exact",
    "counts": "截至11月20日萧山区新增的技能人才人数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11-20",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至11月20日”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "新增技能人才11391人，高技能人才4885人"
  },
  {
    "id": "xiaoshan-new-skilled-talent-completion-rate",
    "dataset": "xiaoshan-talent",
    "label": "新增技能人才目标完成率",
    "value": 163,
    "unit": "%",
    "qualifier": "exact",
    "counts": "截至11月20日萧山区新增技能人才占年度目标的百分比。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11-20",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至11月20日”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "三项指标分别完成134%、163%、140%",
    "derivation": {
      "op": "ratio",
      "of": [
        "xiaoshan-new-skilled-talent-achieved",
        "xiaoshan-new-skilled-talent-target"
      ]
    },
    "note": "按报道列出的顺序，第二项指标是新增技能人才：11391÷7000≈163%。"
  },
  {
    "id": "xiaoshan-new-high-skilled-talent-target",
    "dataset": "xiaoshan-talent",
    "label": "新增高技能人才目标",
    "value": 3500,
    "unit": "人",
    "qualifier": "exact",
    "counts": "萧山区当年区级民生实事给新增高技能人才定的目标人数，算在新增技能人才目标之内。",
    "role": "target",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "新增技能人才7000人，其中新增高技能人才3500人"
  },
  {
    "id": "xiaoshan-new-high-skilled-talent-achieved",
    "dataset": "xiaoshan-talent",
    "label": "已新增高技能人才",
    "value": 4885,
    "unit": "人",
    "qualifier": "exact",
    "counts": "截至11月20日萧山区新增的高技能人才人数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11-20",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至11月20日”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "新增技能人才11391人，高技能人才4885人",
    "note": "按目标的写法，高技能人才应当算在新增技能人才之内，但完成数这一句没有明说。"
  },
  {
    "id": "xiaoshan-new-high-skilled-talent-completion-rate",
    "dataset": "xiaoshan-talent",
    "label": "新增高技能人才目标完成率",
    "value": 140,
    "unit": "%",
    "qualifier": "exact",
    "counts": "截至11月20日萧山区新增高技能人才占年度目标的百分比。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11-20",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至11月20日”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "三项指标分别完成134%、163%、140%",
    "derivation": {
      "op": "ratio",
      "of": [
        "xiaoshan-new-high-skilled-talent-achieved",
        "xiaoshan-new-high-skilled-talent-target"
      ]
    },
    "note": "按报道列出的顺序，第三项指标是新增高技能人才：4885÷3500≈140%。"
  },
  {
    "id": "xiaoshan-skilled-talent-total",
    "dataset": "xiaoshan-talent",
    "label": "技能人才总量",
    "value": 310000,
    "unit": "人",
    "qualifier": "more-than",
    "counts": "萧山区现有技能人才的总人数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "当前，我区拥有技能人才超31万人，高技能人才11万人",
    "note": "报道只说“当前”，没给日期；这一句紧接在“截至11月20日”那段数字之后。报道还说这个总量在杭州市排前列，但没给排名。"
  },
  {
    "id": "xiaoshan-high-skilled-talent-total",
    "dataset": "xiaoshan-talent",
    "label": "高技能人才总量",
    "value": 110000,
    "unit": "人",
    "qualifier": "exact",
    "counts": "萧山区现有高技能人才的总人数。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "当前，我区拥有技能人才超31万人，高技能人才11万人",
    "note": "报道写作“11万人”，是按万取整的说法；只说“当前”，没给日期。"
  },
  {
    "id": "xiaoshan-training-target",
    "dataset": "xiaoshan-training",
    "label": "职业技能培训目标",
    "value": 26000,
    "unit": "人次",
    "qualifier": "more-than",
    "counts": "萧山区当年区级民生实事给职业技能培训定的目标人次。",
    "role": "target",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11",
      "precision": "month",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "开展职业技能培训2.6万人次以上",
    "note": "目标原文写作“2.6万人次以上”，也就是至少2.6万人次。"
  },
  {
    "id": "xiaoshan-training-achieved",
    "dataset": "xiaoshan-training",
    "label": "已开展职业技能培训",
    "value": 34840,
    "unit": "人次",
    "qualifier": "exact",
    "counts": "截至11月20日萧山区已开展的职业技能培训人次。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11-20",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至11月20日”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "全区已开展职业技能培训34840人次"
  },
  {
    "id": "xiaoshan-training-completion-rate",
    "dataset": "xiaoshan-training",
    "label": "职业技能培训目标完成率",
    "value": 134,
    "unit": "%",
    "qualifier": "exact",
    "counts": "截至11月20日萧山区职业技能培训人次占年度目标的百分比。",
    "role": "achievement",
    "district": "xiaoshan",
    "asOf": {
      "date": "2023-11-20",
      "precision": "day",
      "inferred": [
        "year"
      ],
      "unknown": [],
      "note": "报道写“截至11月20日”，年份未写，按报道推断为2023年（杭州亚（残）运会已结束，“行行出状元”擂台赛自2011年起连续举办13年）。"
    },
    "source": "xiaoshan-training-2023",
    "passage": "三项指标分别完成134%、163%、140%",
    "derivation": {
      "op": "ratio",
      "of": [
        "xiaoshan-training-achieved",
        "xiaoshan-training-target"
      ]
    },
    "note": "按报道列出的顺序，第一项指标是职业技能培训：34840÷26000≈134%。"
  }
];
