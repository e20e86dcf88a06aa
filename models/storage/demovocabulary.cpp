#include "demovocabulary.h"

#include "demorandom.h"
#include "fieldvalidators.h"

const QList<DemoPlace>& DemoVocabulary::places()
{
    static const QList<DemoPlace> list {
        {QStringLiteral("北京市"), QStringLiteral("北京"), QStringLiteral("100")},
        {QStringLiteral("上海市"), QStringLiteral("上海"), QStringLiteral("200")},
        {QStringLiteral("广东省"), QStringLiteral("广州"), QStringLiteral("510")},
        {QStringLiteral("广东省"), QStringLiteral("深圳"), QStringLiteral("518")},
        {QStringLiteral("浙江省"), QStringLiteral("杭州"), QStringLiteral("310")},
        {QStringLiteral("浙江省"), QStringLiteral("宁波"), QStringLiteral("315")},
        {QStringLiteral("江苏省"), QStringLiteral("南京"), QStringLiteral("210")},
        {QStringLiteral("江苏省"), QStringLiteral("苏州"), QStringLiteral("215")},
        {QStringLiteral("四川省"), QStringLiteral("成都"), QStringLiteral("610")},
        {QStringLiteral("湖北省"), QStringLiteral("武汉"), QStringLiteral("430")},
        {QStringLiteral("陕西省"), QStringLiteral("西安"), QStringLiteral("710")},
        {QStringLiteral("福建省"), QStringLiteral("厦门"), QStringLiteral("361")},
        {QStringLiteral("山东省"), QStringLiteral("济南"), QStringLiteral("250")},
        {QStringLiteral("山东省"), QStringLiteral("青岛"), QStringLiteral("266")},
        {QStringLiteral("天津市"), QStringLiteral("天津"), QStringLiteral("300")},
        {QStringLiteral("重庆市"), QStringLiteral("重庆"), QStringLiteral("400")},
    };
    return list;
}

const QStringList& DemoVocabulary::companyWords()
{
    static const QStringList list {
        QStringLiteral("云启"), QStringLiteral("数智"), QStringLiteral("星河"), QStringLiteral("华信"),
        QStringLiteral("博远"), QStringLiteral("中科"), QStringLiteral("金桥"), QStringLiteral("天衡"),
        QStringLiteral("聚力"), QStringLiteral("明德"), QStringLiteral("恒通"), QStringLiteral("睿智"),
        QStringLiteral("蓝海"), QStringLiteral("新元"), QStringLiteral("九州"), QStringLiteral("鼎盛"),
        QStringLiteral("汇智"), QStringLiteral("优创"), QStringLiteral("思源"), QStringLiteral("海纳"),
    };
    return list;
}
const QStringList& DemoVocabulary::companyTrades()
{
    static const QStringList list {
        QStringLiteral("信息技术"), QStringLiteral("网络科技"), QStringLiteral("软件"),
        QStringLiteral("数据服务"), QStringLiteral("云计算"),   QStringLiteral("智能科技"),
        QStringLiteral("电子商务"), QStringLiteral("咨询服务"),
    };
    return list;
}
const QStringList& DemoVocabulary::surnames()
{
    static const QStringList list {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                   QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                   QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周"),
                                   QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙")};
    return list;
}
const QStringList& DemoVocabulary::givenNames()
{
    static const QStringList list {
        QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("敏"),
        QStringLiteral("静"),   QStringLiteral("磊"),   QStringLiteral("洋"),   QStringLiteral("艳"),
        QStringLiteral("勇"),   QStringLiteral("军"),   QStringLiteral("杰"),   QStringLiteral("婷"),
        QStringLiteral("晓明"), QStringLiteral("海燕"), QStringLiteral("志强"), QStringLiteral("丽华")};
    return list;
}
const QStringList& DemoVocabulary::streets()
{
    static const QStringList list {QStringLiteral("人民路"),   QStringLiteral("中山路"),
                                   QStringLiteral("建设大道"), QStringLiteral("科技园路"),
                                   QStringLiteral("文三路"),   QStringLiteral("解放路"),
                                   QStringLiteral("长江路"),   QStringLiteral("高新大道")};
    return list;
}
const QStringList& DemoVocabulary::productStems()
{
    static const QStringList list {
        QStringLiteral("企业建站"),   QStringLiteral("数据库运维"),   QStringLiteral("安全加固"),
        QStringLiteral("ERP 系统"),   QStringLiteral("CRM 客户管理"), QStringLiteral("OA 办公"),
        QStringLiteral("电商小程序"), QStringLiteral("数据迁移"),     QStringLiteral("等保咨询"),
        QStringLiteral("LAMP 环境"),  QStringLiteral("财务软件"),     QStringLiteral("培训课程")};
    return list;
}
const QStringList& DemoVocabulary::deliveryTypes()
{
    static const QStringList list {QStringLiteral("image"), QStringLiteral("download"),
                                   QStringLiteral("application"), QStringLiteral("manual_service"),
                                   QStringLiteral("dingtalk_plugin")};
    return list;
}
const QStringList& DemoVocabulary::couriers()
{
    static const QStringList list {QStringLiteral("顺丰速运"), QStringLiteral("中国邮政 EMS"),
                                   QStringLiteral("京东物流"), QStringLiteral("圆通速递")};
    return list;
}

QString DemoVocabulary::weighted(DemoRandom& random, const QList<std::pair<QString, int>>& weights)
{
    int total = 0;
    for (const auto& entry : weights)
        total += entry.second;
    int roll = random.below(total);
    for (const auto& [key, weight] : weights) {
        if (roll < weight)
            return key;
        roll -= weight;
    }
    return weights.last().first;
}

QString DemoVocabulary::personName(DemoRandom& random)
{
    return random.pick(surnames()) + random.pick(givenNames());
}

QString DemoVocabulary::creditCode(DemoRandom& random)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString code = QStringLiteral("91") + random.digits(6);
    for (int i = 0; i < 9; ++i)
        code.append(alphabet.at(random.below(int(alphabet.size()))));
    return code + FieldValidators::creditCodeCheckCharacter(code);
}

const QList<std::pair<QString, int>>& DemoVocabulary::invoiceStatusWeights()
{
    static const QList<std::pair<QString, int>> weights {
        {QStringLiteral("pending"), 30},       {QStringLiteral("processing"), 10},
        {QStringLiteral("mailing"), 8},        {QStringLiteral("issued"), 20},
        {QStringLiteral("delivered"), 15},     {QStringLiteral("cancelled"), 4},
        {QStringLiteral("refunded"), 3},       {QStringLiteral("failed"), 2},
        {QStringLiteral("return_pending"), 2}, {QStringLiteral("awaiting_red_letter"), 1},
        {QStringLiteral("returning"), 1},      {QStringLiteral("return_declined"), 1},
        {QStringLiteral("voided"), 3},
    };
    return weights;
}

bool DemoVocabulary::isInvoiced(const QString& status)
{
    static const QStringList invoiced {QStringLiteral("mailing"),
                                       QStringLiteral("issued"),
                                       QStringLiteral("delivered"),
                                       QStringLiteral("return_pending"),
                                       QStringLiteral("awaiting_red_letter"),
                                       QStringLiteral("returning"),
                                       QStringLiteral("return_declined"),
                                       QStringLiteral("voided")};
    return invoiced.contains(status);
}

bool DemoVocabulary::isReturn(const QString& status)
{
    return status.startsWith(QStringLiteral("return")) || status == QStringLiteral("awaiting_red_letter")
        || status == QStringLiteral("voided");
}

QList<std::tuple<QString, QString, QString>> DemoVocabulary::deliveryPath(const QString& state)
{
    QList<std::tuple<QString, QString, QString>> path;
    const auto add = [&path](const char* actor, const char* action, const char* to) {
        path.append({QLatin1String(actor), QLatin1String(action), QLatin1String(to)});
    };
    if (state == QStringLiteral("requirement_pending"))
        return path;
    add("buyer", "submit_requirement", "awaiting_confirmation");
    if (state == QStringLiteral("awaiting_confirmation"))
        return path;
    if (state == QStringLiteral("refunding") || state == QStringLiteral("refunded")) {
        add("buyer", "request_refund", "refunding");
        if (state == QStringLiteral("refunded"))
            add("platform", "approve_refund", "refunded");
        return path;
    }
    add("vendor", "confirm_requirement", "implementing");
    if (state == QStringLiteral("implementing"))
        return path;
    add("vendor", "submit_for_acceptance", "awaiting_acceptance");
    if (state == QStringLiteral("awaiting_acceptance"))
        return path;
    add("buyer", "accept", "completed");
    return path;
}
