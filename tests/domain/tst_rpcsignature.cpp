#include "rpcsignature.h"

#include <QTest>

/// RPC Signature 1.0 against Alibaba Cloud's published example.
class TestRpcSignature : public QObject
{
    Q_OBJECT

private:
    static QMap<QString, QString> published()
    {
        return {{QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
                {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
                {QStringLiteral("Format"), QStringLiteral("XML")},
                {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
                {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
                {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
                {QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
                {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    }

private slots:
    void signsThePublishedGetExample()
    {
        QCOMPARE(RpcSignature::sign("GET", published(), QStringLiteral("testsecret")),
                 QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    }

    void parameterNamesAreCaseSensitive()
    {
        QMap<QString, QString> parameters = published();
        parameters.insert(QStringLiteral("TimeStamp"), parameters.take(QStringLiteral("Timestamp")));
        QCOMPARE(RpcSignature::sign("GET", parameters, QStringLiteral("testsecret")),
                 QStringLiteral("CT9X0VtwR86fNWSnsc6v8YGOjuE="));
    }

    void stringToSignEncodesTheQueryTwice()
    {
        const QByteArray text = RpcSignature::stringToSign("GET", published());
        QVERIFY(text.startsWith("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions"));
        QVERIFY(text.contains("Timestamp%3D2016-02-23T12%253A46%253A24Z"));
    }

    void percentEncodingFollowsRfc3986()
    {
        QCOMPARE(RpcSignature::percentEncode(QStringLiteral("a b*c~d-_.")), QByteArray("a%20b%2Ac~d-_."));
        QCOMPARE(RpcSignature::percentEncode(QStringLiteral("顺丰")), QByteArray("%E9%A1%BA%E4%B8%B0"));
        QCOMPARE(RpcSignature::percentEncode(QStringLiteral("x+y/z=")), QByteArray("x%2By%2Fz%3D"));
    }

    void theSecretChangesTheSignature()
    {
        QVERIFY(RpcSignature::sign("GET", published(), QStringLiteral("other"))
                != QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
        QVERIFY(RpcSignature::sign("POST", published(), QStringLiteral("testsecret"))
                != QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    }
};

QTEST_APPLESS_MAIN(TestRpcSignature)
#include "tst_rpcsignature.moc"
