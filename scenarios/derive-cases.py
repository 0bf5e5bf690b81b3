#!/usr/bin/env python3
# Derives the teaching scenarios (workshop-intro, case-a..d) from classic.json: each is classic's world
# with the case's starting situation, case events and facilitator note. Case market figures are set as
# multiples of classic's (rel), so a re-tuned classic carries over; after re-tuning, re-run this, then
# test/scenarios.test.ts (each lesson by 4 standard errors) and `npm run -s sim -- balance` per scenario.
#   python3 scenarios/derive-cases.py [CLASSIC_JSON]   (default: scenarios/classic.json)
import copy, json, os, sys

ROOT = os.path.dirname(os.path.abspath(__file__)) + '/'
classic = json.load(open(sys.argv[1] if len(sys.argv) > 1 else ROOT + 'classic.json'))
D = ': direction from the seed; magnitude: design'


def S(v, src):
    return {'v': v, 'source': src}


def T(zh, en):
    return {'zh': zh, 'en': en}


def ev(d, eid):
    for e in d['events']:
        if e['id'] == eid:
            return e
    raise KeyError(eid)


def staff(d, src, **kw):
    for r, v in kw.items():
        d['start']['staff'][r] = S(v, src)


def scale_base(d, factor, src_note, ids=None, good=False):
    for e in d['events']:
        if e['good'] != good or (ids and e['id'] not in ids):
            continue
        e['base'] = S(max(10, round(e['base']['v'] * factor / 10) * 10), e['base']['source'] + '; ' + src_note)


def add_factor(d, eid, factor, effect, src):
    e = ev(d, eid)
    assert all(f['factor'] != factor for f in e['factors']), (eid, factor)
    e['factors'].append({'factor': factor, 'effect': S(effect, src + D)})


def rel(d, path, factor, src):
    """A number as a multiple of classic's, so a re-tuned classic carries over to the cases."""
    o = d
    for k in path[:-1]:
        o = o[k]
    base = classic
    for k in path:
        base = base[k]
    o[path[-1]] = S(round(base['v'] * factor / 10) * 10, src)


def own_servers(d, why):
    """The case company already owns company H's GPU servers (§1.4.1, about USD 2M) and rents the rest
    of what a medium model needs: the seed's own build figure, at classic's price per unit."""
    units = round(2000000 / classic['economics']['computeBuyPerUnit']['v'])
    need = d['models']['medium']['computeNeed']['v']
    d['start']['computeOwned'] = S(units, '§1.4.1 company H: about USD 2M on GPU servers and tools, at USD %dk a unit; %s' % (classic['economics']['computeBuyPerUnit']['v'] // 1000, why))
    d['start']['policy']['computeRent'] = S(max(0, need - units), '§1.4.2 the rest of what the medium model needs (%d units), rented' % need)


def policy(d, **kw):
    p = d['start']['policy']
    for k, v in kw.items():
        p[k] = v


def common(d, sid, title, brief, year, year_src, difficulty):
    d['id'] = sid
    d['title'] = title
    d['brief'] = brief
    d['startYear'] = S(year, year_src)
    d['difficulty'] = difficulty


# The factors added with the case scenarios (factor-ids.ts: capitalHeavy, rndPartner, domainExperts,
# complianceSpend, segmented), the grant cooldown and the seed's price figures (cases K and J) now live
# in classic itself, so every derived scenario inherits them; this only checks they are there.
NEW_FACTORS = [('computeShortage', 'capitalHeavy'), ('computeShortage', 'rndPartner'), ('priceSaturation', 'segmented'),
               ('regulationTightens', 'complianceSpend'), ('pilotFails', 'domainExperts'), ('mediaCoverage', 'community')]


def inherited(d):
    for eid, factor in NEW_FACTORS:
        assert any(f['factor'] == factor for f in ev(d, eid)['factors']), f'classic lacks {factor} on {eid}'
    assert 'cooldown' in ev(d, 'grantAwarded'), 'classic lacks the grant cooldown'


def facilitator(goals, sections, questions):
    return {'goals': [T(*g) for g in goals], 'sections': sections, 'questions': [T(*q) for q in questions]}


def write(d):
    with open(ROOT + d['id'] + '.json', 'w') as f:
        f.write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')


# ---------------------------------------------------------------- workshop-intro
w = copy.deepcopy(classic)
common(w, 'workshop-intro',
       T('工作坊入门：你的第一家 AI 创业公司', 'Workshop intro: your first AI start-up'),
       T('第一堂课用，20 到 30 分钟：8 个季度，只开放团队、市场和融资三组决策；产品与合规按稳妥的默认值运行。你的公司向零售商出售推荐模型，手里有 400 万美元。活下来，找到客户，并在融资时保住创始人的控制权。',
         'For a first 20-30 minute class: 8 quarters and three decision groups (team, market, funding); product and compliance run on sensible defaults. Your company sells recommendation models to retailers and has USD 4 million. Survive, win customers, and keep the founders in control when you raise money.'),
       2024, 'design', 'easy')
w['quarters'] = S(8, 'design: 8 quarters at 2-3 minutes each fit a 20-30 minute first class')
w['unlocked'] = ['team', 'market', 'funding']
staff(w, 'design: a small, complete team so a first class starts with a working company (§1.15.1)',
      productManager=1, marketing=1)
w['start']['cash'] = S(4000000, '§1.4.1 company H\'s USD 3M build budget plus a USD 1M cushion: a sensible team reaches quarter 8, one that never raises rarely does; magnitude: design (balance lab)')
policy(w, programmes=['backups', 'encryption', 'privacy'])
scale_base(w, 0.6, 'workshop-intro: 60% of classic so a first class meets fewer setbacks (design)')
ev(w, 'roundCloses')['base'] = S(2000, '§1.15.2; base rate: design (balance lab; workshop-intro: a focused team\'s first round closes within a few tries)')
add_factor(w, 'roundCloses', 'spread', -3000, '§1.14.1 investors back a clear market position, not three at once (balance lab: the focus lesson shows within 8 quarters)')
ev(w, 'grantAwarded')['base'] = S(4000, '§1.17.1; base rate: design (workshop-intro: easier than classic)')
inherited(w)
w['facilitator'] = facilitator([
    ('看懂跑道（现金 ÷ 每季度净消耗），在增长的同时让它保持在 4 个季度以上。', 'Read runway (cash ÷ net burn per quarter) and keep it above 4 quarters while growing.'),
    ('体会为什么小团队一次做一个市场比同时做几个更好（案例 C）。', 'See why a small team does better in one market at a time than in several (case C).'),
    ('按缺口招聘：技术岗位打造模型，产品经理和市场人员把模型变成客户，激励留住人。', 'Hire for the gap: technical roles build the model, product managers and marketing turn it into customers, incentives keep people.'),
    ('以能保住创始人控制权的条件融资。', 'Raise money on terms that keep the founders in control.'),
], ['§1.9.1', '§1.14.1', '§1.15.1', '§1.16.2', '§1.16.3', '§1.17.2', '§1.17.3'], [
    ('第 4 季度后暂停：谁的跑道最长？他们做了什么不同的决定？', 'Pause after quarter 4: who has the longest runway, and what did they decide differently?'),
    ('哪个小组进入了第二个市场？他们的转化率和合作机会发生了什么变化？', 'Which team entered a second market? What happened to its conversion and to its partnership odds?'),
    ('谁融到了钱？投前估值多少？创始人现在还持有多少股份？', 'Who raised money? At what pre-money valuation, and how much do the founders still own?'),
    ('哪张事件卡让你意外？看看卡片上列出的因素：你的哪些决策改变了概率？', 'Which event card surprised you? Look at the factors it lists: which of your decisions moved the odds?'),
])
write(w)

# ---------------------------------------------------------------- case A: fintech, 2015 (success)
a = copy.deepcopy(classic)
common(a, 'case-a-fintech-2015',
       T('案例 A：2015 年的智能投顾', 'Case A: robo-advice, 2015'),
       T('2015 年，你创办了一家金融科技公司，用 AI 大模型为高端投资者和金融机构提供智能投资顾问服务（原文 §1.13.1 的公司 A）。你有一支由数据科学家、机器学习工程师和金融专家组成的团队，一个订阅制的商业模式，自己的 GPU 服务器，以及一个还不够好的中型模型：它的质量还没达到金融客户的门槛。复现公司 A 的成功：技术领先、精准定位、订阅制、团队。',
         'It is 2015. You found a fintech company that uses AI large models to give high-end investors and financial institutions intelligent investment advice (company A, §1.13.1 of the seed). You have a team of data scientists, ML engineers and a finance expert, a subscription model, your own GPU servers, and a medium model that is not yet good enough: its quality is still below what finance clients expect. Repeat company A\'s success: technical lead, precise positioning, subscription, team.'),
       2015, '§1.13.1: company A was founded in 2015', 'normal')
a['quarters'] = S(20, 'design: five years, 2015-2019')
CA = '§1.13.1 a high-quality team of data scientists, ML engineers and finance experts; counts: design'
staff(a, CA, dataScientist=2, mlEngineer=2, softwareEngineer=1, productManager=1, domainExpert=1)
a['start']['quality'] = S(450, '§1.13.1 technical lead: a medium model three times classic\'s starting quality, still below finance\'s bar (520); design')
a['start']['dataUnits'] = S(10000, '§1.2.1 years of market, macro and news data: what a medium model needs (§1.1.3); design')
policy(a, markets=['finance'], positioning='innovation', businessModel='subscription', pricing='value', structure='matrix', equityGrants=True, modelScale='medium')
p = a['start']['policy']
p['priceLevelBp'] = S(11000, '§1.13.1 high-end clients pay for precision, §1.10.3 value pricing; 110%: design')
p['marketing']['content'] = S(20000, '§1.11.1 case W: a fintech builds authority with reports and white papers; design')
p['marketing']['ads'] = S(20000, '§1.11.2 promotion channels (online ads); design')
p['bonusBp'] = S(500, '§1.16.3 incentives: a 5% bonus; design')
p['rndBudget'] = S(50000, '§1.13.1 continuous algorithm optimisation, §1.7.3; design')
p['dataBudget'] = S(20000, '§1.2.1 market, macro and news data for prediction; design')
own_servers(a, 'company A built its own platform (§1.13.1 technical lead)')
rel(a, ['markets', 'finance', 'costPerLead'], 0.7, '§1.13.1 precise targeting of high-end investors and institutions, §1.11.1 case W content marketing: qualified leads 30% cheaper than classic\'s; magnitude: design (balance lab)')
rel(a, ['markets', 'finance', 'baseConversionBp'], 1.7, '§1.13.1 precise positioning: custom service for one segment converts its leads 1.7 times as often as classic\'s finance; magnitude: design (balance lab)')
inherited(a)
a['events'].append({
    'id': 'institutionalSubscription',
    'title': T('金融机构签下定制订阅', 'A financial institution signs a custom subscription'),
    'text': T('一家资产管理机构为其投资顾问订阅了你的定制模型。为高端客户提供精准的定制服务，正是公司 A 成功的原因（§1.13.1）。',
              'An asset manager subscribes to a customised version of your model for its advisers. Precise, custom service for high-end clients is what made company A succeed (§1.13.1).'),
    'missText': T('这家机构的尽职调查团队还没有被说服：模型质量、市场聚焦和创新领先会改变这个概率。',
                  'The institution\'s due-diligence team is not convinced yet: model quality, focus and an innovation lead move these odds.'),
    'section': ['§1.13.1', '§1.9.2'], 'good': True, 'when': 'always', 'markets': ['finance'],
    'base': S(300, '§1.13.1; base rate: design'),
    'cooldown': S(2, 'design'),
    'factors': [
        {'factor': 'quality', 'effect': S(1200, '§1.13.1 high-precision predictions' + D)},
        {'factor': 'focused', 'effect': S(800, '§1.13.1 precise positioning on one segment' + D)},
        {'factor': 'innovation', 'effect': S(600, '§1.9.2 innovation leadership' + D)},
        {'factor': 'brand', 'effect': S(400, '§1.11.1 case W: authority from reports and white papers' + D)},
    ],
    'effects': [
        {'kind': 'customers', 'bp': S(1500, '§1.13.1 customers grow through custom service' + D)},
        {'kind': 'brand', 'delta': S(30, '§1.13.1' + D)},
    ],
})
a['facilitator'] = facilitator([
    ('精准定位：只服务一个细分市场（高端投资者和机构），按交付的价值定价。', 'Precise positioning: serve one segment (high-end investors and institutions) and price for the value delivered.'),
    ('技术领先是做出来的：你的中型模型还没达到金融市场的质量门槛，要靠研发、数据和自己的算力把它做上去，并保持领先。', 'A technical lead is built, not bought: your medium model is still below finance\'s quality bar; R&D, data and your own compute take it there and keep it ahead.'),
    ('订阅制把客户变成稳定的收入，并降低流失。', 'A subscription turns customers into steady revenue and lowers churn.'),
    ('金融受监管，信用评分带来算法歧视诉讼风险：决定何时投入公平性审计和隐私保护。', 'Finance is regulated and credit scoring exposes you to bias suits: decide when to fund fairness audits and privacy.'),
], ['§1.13.1', '§1.9.2', '§1.10.3', '§1.8.1', '§1.1.3', '§1.20.1', '§1.12.2', '§1.17.3'], [
    ('公司 A 的成功要素是技术、定位、订阅制和团队（§1.13.1）。你的这局最依赖哪一个？用你的历史数据说明。', 'Company A\'s success factors are technology, positioning, subscription and team (§1.13.1). Which one did your run depend on most? Show it in your history.'),
    ('你的模型在哪个季度越过了金融市场的质量门槛？为此付出了什么（研发、数据、算力、模型规模）？', 'In which quarter did your model pass finance\'s quality bar, and what did it cost (R&D, data, compute, model scale)?'),
    ('你投入公平性审计了吗？把你的算法歧视诉讼概率和没有投入的小组比一比。', 'Did you fund fairness audits? Compare your bias-lawsuit probability with a team that did not.'),
    ('公司 F 先拿天使轮，再拿数百万美元的 A 轮和大额 B 轮，同时保住了控制权（§1.17.3）。你的股权表和它比怎么样？', 'Company F raised an angel round, a series A of several million and a large B while keeping control (§1.17.3). How does your cap table compare?'),
])
write(a)

# ---------------------------------------------------------------- case B: healthcare, 2018 (success)
b = copy.deepcopy(classic)
common(b, 'case-b-health-2018',
       T('案例 B：2018 年的智能诊断', 'Case B: AI diagnosis, 2018'),
       T('2018 年，你创办了一家医疗健康公司，用 AI 大模型提供智能诊断和治疗方案推荐（原文 §1.13.2 的公司 B）。你的优势是丰富的医疗数据（病历、影像、检验结果），团队里有医生，产品注重用户体验。医疗是监管最严的市场：复现公司 B 的成功——数据优势、与医疗机构合作、用户体验、通过论文建立品牌。',
         'It is 2018. You found a healthcare company that uses AI large models for intelligent diagnosis and treatment recommendations (company B, §1.13.2 of the seed). Your edge is rich medical data (records, images, lab results), a doctor on the team and a product built around the user. Healthcare is the most regulated market: repeat company B\'s success through data, partnerships with medical institutions, user experience and a brand built on papers.'),
       2018, '§1.13.2: company B was founded in 2018', 'normal')
b['quarters'] = S(20, 'design: five years, 2018-2022')
CB = '§1.13.2 company B, §1.16.2 domain experts such as doctors; counts: design'
staff(b, CB, dataScientist=2, mlEngineer=1, softwareEngineer=1, productManager=1, compliance=1, domainExpert=1)
b['start']['dataUnits'] = S(12000, '§1.13.2 data advantage: medical records, images and lab results; six times classic: design')
b['start']['quality'] = S(580, '§1.13.2 high-quality training data gives a working diagnostic model, still below healthcare\'s bar (620); design')
rel(b, ['markets', 'healthcare', 'costPerLead'], 0.6, '§1.13.2 partnerships with several medical institutions bring referrals: leads 40% cheaper than classic\'s; magnitude: design (balance lab)')
b['markets']['healthcare']['salesCycle'] = S(2, '§1.13.2 institutions that co-develop the system buy sooner: 2 quarters, classic 3; design')
b['start']['brand'] = S(150, '§1.13.2 early recognition; design')
policy(b, markets=['healthcare'], positioning='differentiation', businessModel='subscription', pricing='value',
       structure='matrix', equityGrants=True, career=True, modelScale='medium', productWork='ux', programmes=['encryption', 'privacy'])
p = b['start']['policy']
p['priceLevelBp'] = S(11000, '§1.10.3 case V: a medical technology company prices for value; 110%: design')
p['marketing']['content'] = S(30000, '§1.13.2 technical reports and papers, §1.9.3 content marketing; design')
p['marketing']['ads'] = S(10000, '§1.11.2 promotion channels (online ads); design')
p['bonusBp'] = S(500, '§1.16.3 incentives: a 5% bonus; design')
p['rndBudget'] = S(40000, '§1.7.3 algorithm work; design')
rel(b, ['markets', 'healthcare', 'baseConversionBp'], 1.2, '§1.13.2 institutions that helped build and validate the system recommend it to peers: leads convert 20% more often than classic\'s; magnitude: design (balance lab)')
own_servers(b, 'company B trains on its own servers (§1.12.3 company B protects its medical data)')
inherited(b)
ev(b, 'partnershipOffer')['base'] = S(300, '§1.13.2 company B built partnerships with several medical institutions; base rate: design (twice classic)')
b['events'].append({
    'id': 'clinicalValidation',
    'title': T('多中心验证证实了模型的准确性', 'A multi-centre validation confirms the model'),
    'text': T('几家医院用真实病例验证了你的诊断模型，结果被写进了一篇论文。数据、合作伙伴和医生的参与让公司 B 赢得了行业认可（§1.13.2）。',
              'Several hospitals validated your diagnostic model on real cases and the results went into a paper. Data, partners and doctors on the team are how company B won the field\'s recognition (§1.13.2).'),
    'missText': T('这一季度没有医院愿意参与验证：数据合作、医生和模型质量会提高这个概率。',
                  'No hospital would join a validation this quarter: data partnerships, doctors and model quality raise these odds.'),
    'section': ['§1.13.2', '§1.2.3'], 'good': True, 'when': 'always', 'markets': ['healthcare'],
    'base': S(200, '§1.13.2; base rate: design'),
    'cooldown': S(3, 'design'),
    'factors': [
        {'factor': 'dataPartner', 'effect': S(1500, '§1.13.2 partnerships with medical institutions' + D)},
        {'factor': 'domainExperts', 'effect': S(1000, '§1.16.2 doctors on the team' + D)},
        {'factor': 'quality', 'effect': S(1000, '§1.2.3 diagnostic accuracy' + D)},
        {'factor': 'testing', 'effect': S(500, '§1.10.1 prototype and user testing' + D)},
    ],
    'effects': [
        {'kind': 'customers', 'bp': S(1500, '§1.13.2 recognition brings customers' + D)},
        {'kind': 'brand', 'delta': S(50, '§1.13.2 papers build the brand' + D)},
    ],
})
b['facilitator'] = facilitator([
    ('数据就是护城河：与医疗机构合作带来临床数据和反馈，并降低试点失败的风险。', 'Data is the moat: partnerships with medical institutions bring clinical data and feedback, and cut the risk of a failed pilot.'),
    ('通过技术报告和论文建立品牌：在保守的市场里，内容营销和看得见的质量更容易赢得客户的信任。', 'A brand built on technical reports and papers: in a conservative market, content marketing and visible quality open doors.'),
    ('用户体验和反馈闭环让医生持续使用产品。', 'User experience and the feedback loop keep clinicians using the product.'),
    ('医疗是监管最严的市场：隐私和公平性是产品的一部分。', 'Healthcare is the most regulated market: privacy and fairness are part of the product.'),
], ['§1.13.2', '§1.2.3', '§1.6.2', '§1.9.3', '§1.10.2', '§1.12.1', '§1.12.2', '§1.19.2', '§1.17.3'], [
    ('你建立了几个数据合作？有了第一个之后，你的试点失败概率发生了什么变化？', 'How many data partnerships did you form, and how did your pilot-failure probability change once you had the first?'),
    ('领域专家（医生）改变了你的转化率和哪些事件的概率？', 'What did domain experts (doctors) change in your conversion and in your event odds?'),
    ('公司 G 在技术验证之后才拿到 A 轮（§1.17.3）。你是什么时候融资的？投资人看到了什么？', 'Company G raised its series A after technical validation (§1.17.3). When did you raise, and what did investors see?'),
    ('你投入了哪些合规项目？一次数据泄露或隐私罚款会让你付出多少？', 'Which compliance programmes did you fund, and what would a breach or a privacy fine have cost you?'),
])
write(b)

# ---------------------------------------------------------------- case C: medical diagnosis, 2016 (failure)
c = copy.deepcopy(classic)
MEDIUM_RENT = classic['models']['medium']['computeNeed']['v'] * classic['economics']['computeRentPerUnit']['v']
common(c, 'case-c-medical-2016',
       T('案例 C：2016 年，三个市场同时起步', 'Case C: three markets at once, 2016'),
       T('2016 年，你创办了一家提供智能医疗诊断的 AI 公司（原文 §1.14.1 的公司 C）。你正同时在三个细分市场试点：医院（医疗健康）、通过零售平台销售的消费者健康应用（零售）和医学教育（教育）。模型是中型的，但数据单薄、没有测试，资金只有 160 万美元。公司 C 因为定位不清、技术风险未识别和资金不足而失败。你能避开这三个错误吗？',
         'It is 2016. You found an AI company for intelligent medical diagnosis (company C, §1.14.1 of the seed). You are piloting in three segments at once: hospitals (healthcare), consumer health apps sold through retail platforms (retail) and medical education (education). The model is medium-sized, but its data is thin, nothing is tested, and you have USD 1.6 million. Company C failed through an unclear market position, unnoticed technical risk and too little money. Can you avoid all three?'),
       2016, '§1.14.1: company C was founded in 2016', 'hard')
c['quarters'] = S(20, 'design: five years, 2016-2020')
c['start']['cash'] = S(1600000, '§1.14.1 insufficient funding: about half of company H\'s USD 3M build budget (§1.4.1); design')
CC = '§1.14.1 company C; counts: design'
staff(c, CC, marketing=1, domainExpert=1)
c['start']['dataUnits'] = S(1500, '§1.14.1 technical risk: thin data for the model (§1.12.1 overfitting); design')
c['start']['brand'] = S(80, 'design')
c['start']['quality'] = S(350, '§1.14.1 promising demos, but the model was never validated in the clinic (healthcare\'s bar is 620); design')
policy(c, markets=['education', 'healthcare', 'retail'], modelScale='medium')
p = c['start']['policy']
p['marketing']['ads'] = S(30000, '§1.14.1 resources spread over several segments; design')
p['marketing']['content'] = S(10000, '§1.11.1 marketing mix; design')
p['marketing']['social'] = S(10000, '§1.11.3 user community; design')
p['rndBudget'] = S(30000, '§1.7.3 algorithm work; design')
p['computeRent'] = S(20, '§1.12.1 compute below what the medium model needs (40); design')
inherited(c)
add_factor(c, 'roundCloses', 'spread', -3000, '§1.14.1 investors back a clear market position, not three at once')
c['events'].append({
    'id': 'clinicalTrialFails',
    'title': T('临床测试未达预期', 'The clinical test falls short'),
    'text': T('模型在医院的临床测试中没有达到预期效果：它在训练数据上表现很好，在新病例上却不行。公司 C 就是这样受阻的（§1.14.1）。',
              'The model fell short of expectations in the hospital\'s clinical test: it did well on its training data and badly on new cases. This is how company C stalled (§1.14.1).'),
    'missText': T('临床测试顺利通过。数据不足和缺少测试会提高这个风险，数据合作、数据增强、审计和医生会降低它。',
                  'The clinical test went well. Thin data and no testing raise this risk; data partnerships, augmentation, audits and doctors lower it.'),
    'section': ['§1.14.1', '§1.12.1'], 'good': False, 'when': 'always', 'markets': ['healthcare'],
    'base': S(300, '§1.14.1; base rate: design'),
    'cooldown': S(3, 'design'),
    'factors': [
        {'factor': 'thinData', 'effect': S(1500, '§1.12.1 overfitting on too little data' + D)},
        {'factor': 'testing', 'effect': S(-800, '§1.14.1 identify technical risk early, §1.10.1 testing' + D)},
        {'factor': 'audit', 'effect': S(-600, '§1.12.1 company Z: regular algorithm evaluation' + D)},
        {'factor': 'dataPartner', 'effect': S(-800, '§1.13.2 case B: clinical data from partners' + D)},
        {'factor': 'augmentation', 'effect': S(-400, '§1.18.1 data augmentation improves generalisation' + D)},
        {'factor': 'domainExperts', 'effect': S(-400, '§1.16.2 doctors on the team' + D)},
    ],
    'effects': [
        {'kind': 'customers', 'bp': S(-2500, '§1.14.1 the project stalls' + D)},
        {'kind': 'brand', 'delta': S(-60, '§1.14.1' + D)},
        {'kind': 'cash', 'amount': S(-150000, '§1.14.1 a repeated trial; design')},
    ],
})
c['facilitator'] = facilitator([
    ('在自己的数据看板上找出公司 C 失败的三个原因：分散在多个细分市场、未被管理的技术风险、资金缺口。', 'Recognise company C\'s three failure causes on your own dashboard: spread over segments, unmanaged technical risk, a funding gap.'),
    ('选定一个市场，集中资源；观察分散在线索、销售能力和合作机会上的代价。', 'Choose one market and concentrate resources; watch what spreading costs in leads, sales capacity and partnership odds.'),
    ('尽早发现技术风险：测试、审计，以及与模型规模相称的数据和算力。', 'Find technical risk early: testing, audits, and data and compute that match the model scale.'),
    ('规划资金：跑道、储备，以及何时融资。', 'Plan the money: runway, a reserve, and when to raise.'),
], ['§1.14.1', '§1.9.1', '§1.15.3', '§1.12.1', '§1.18.1', '§1.7.5', '§1.17.2', '§1.15.2'], [
    ('你先纠正了公司 C 的哪个错误？在哪个季度？代价是什么？', 'Which of company C\'s mistakes did you fix first, and in which quarter? What did it cost?'),
    ('比较第 1 季度和最后一个季度的临床测试失败概率：是哪些因素改变了它？', 'Compare your clinical-test failure probability in quarter 1 and in your last quarter: which factors moved it?'),
    ('你的现金用完了吗，或者差点用完？一个留有储备的融资计划会是什么样？', 'Did you run out of cash, or nearly? What would a financing plan with a reserve have looked like?'),
    ('放弃两个市场是损失吗？聚焦对你的转化率和合作机会有什么影响？', 'Is dropping two markets a loss? What did focusing do to your conversion and to partnership offers?'),
    ('中型模型每季度需要约 %d 万美元的算力，而你只有 160 万美元。你是补足算力、缩小模型，还是先融资？为什么？' % (MEDIUM_RENT // 10000),
     'The medium model needs about USD %dk of compute a quarter and you have USD 1.6 million. Did you pay for the compute, scale the model down, or raise money first, and why?' % (MEDIUM_RENT // 1000)),
])
write(c)

# ---------------------------------------------------------------- case D: fintech investing, 2017 (failure)
dd = copy.deepcopy(classic)
common(dd, 'case-d-fintech-2017',
       T('案例 D：2017 年的同质化投资服务', 'Case D: a look-alike investing service, 2017'),
       T('2017 年，你创办了一家用 AI 大模型提供智能金融投资服务的公司（原文 §1.14.2 的公司 D）。你有钱也有工程师，但产品和竞争对手差不多，隐私和算法公平性没人负责，技术团队和业务团队之间没有产品经理，各干各的。公司 D 因此失败：商业模式缺乏创新、忽视法律与伦理风险、团队沟通不畅。你能改写结局吗？',
         'It is 2017. You found a company that uses AI large models for intelligent investment services (company D, §1.14.2 of the seed). You have money and engineers, but the product looks like everyone else\'s, nobody owns privacy or algorithmic fairness, and there is no product manager between the technical and business teams, who work apart. That is how company D failed: no business-model innovation, legal and ethical risks ignored, a team that did not talk. Can you change the ending?'),
       2017, '§1.14.2: company D was founded in 2017', 'hard')
dd['quarters'] = S(20, 'design: five years, 2017-2021')
dd['start']['cash'] = S(4000000, '§1.14.2 company D had money and engineers (C lacked money, D did not): company H\'s USD 3M build budget (§1.4.1) plus USD 1M; magnitude: design (balance lab)')
CD = '§1.14.2 company D: engineers and sellers with no product manager between them; counts: design'
staff(dd, CD, dataScientist=2, mlEngineer=2, softwareEngineer=3, marketing=2)
dd['start']['quality'] = S(480, '§1.14.2 a working product, about as good as the competitors\' and no better (finance\'s bar is 520); design')
dd['start']['dataUnits'] = S(10000, '§1.14.2 personal financial data collected without a privacy programme: what a medium model needs (§1.1.3); design')
policy(dd, markets=['finance'], positioning='cost', businessModel='subscription', pricing='competitive', modelScale='medium')
p = dd['start']['policy']
p['priceLevelBp'] = S(9500, '§1.10.3 competitive pricing against look-alike products; 95%: design')
p['marketing']['ads'] = S(60000, '§1.11.2 online ads to be heard in a crowded market; design')
p['dataBudget'] = S(30000, '§1.14.2 data gathered without privacy safeguards; design')
own_servers(dd, 'company D had money and engineers (§1.14.2)')
inherited(dd)
add_factor(dd, 'roundCloses', 'lookalike', -1500, '§1.14.2 case D: investors see no unique value proposition')
dd['facilitator'] = facilitator([
    ('同质化的产品没有定价权：趁市场还没有陷入同质化竞争，找到独特的价值主张（定位、商业模式）。', 'A look-alike product has no pricing power: find a unique value proposition (positioning, business model) before the market commoditises.'),
    ('法律与伦理风险就是商业风险：隐私项目和公平性审计会改变罚款、诉讼和客户流失的概率。', 'Legal and ethical risk is business risk: privacy programmes and fairness audits change the odds of fines, suits and lost customers.'),
    ('建立跨职能团队：产品经理和矩阵式结构让技术团队和业务团队保持沟通。', 'Build a cross-functional team: product managers and a matrix structure keep the technical and business teams talking.'),
], ['§1.14.2', '§1.9.2', '§1.8.1', '§1.6.3', '§1.12.2', '§1.19.2', '§1.15.1', '§1.16.1', '§1.20.3'], [
    ('开局时你的“同质化竞争”概率是多少？是什么把它降下来的？', 'What was your look-alike probability at the start, and what brought it down?'),
    ('你在什么时候投入了哪些合规项目？每拖一个季度，预期罚款增加了多少？', 'Which compliance programmes did you fund, and when? What did each quarter of waiting add in expected fines?'),
    ('你遇到“技术与业务沟通失灵”事件了吗？招聘产品经理或调整组织结构之后发生了什么变化？', 'Did the tech-business breakdown fire for you? What changed after you hired product managers or changed the structure?'),
    ('公司 D 有钱却失败了，公司 C 缺钱。你的公司真正短缺的是什么资源？', 'Company D had money and failed; company C lacked money. Which resource did your company actually run short of?'),
])
write(dd)
print('written: workshop-intro, case-a-fintech-2015, case-b-health-2018, case-c-medical-2016, case-d-fintech-2017')
