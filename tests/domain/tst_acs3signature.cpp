#include "acs3signature.h"

#include <QTest>

/// ACS3-HMAC-SHA256 against Alibaba Cloud's published example.
class TestAcs3Signature : public QObject
{
    Q_OBJECT

private:
    static Acs3Signature published()
    {
        Acs3Signature request;
        request.method = "POST";
        request.query = {{QStringLiteral("ImageId"),
                          QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
                         {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}};
        request.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
                           {"x-acs-action", "RunInstances"},
                           {"x-acs-version", "2014-05-26"},
                           {"x-acs-date", "2023-10-26T10:22:32Z"},
                           {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                           {"x-acs-content-sha256", Acs3Signature::hexSha256({})}};
        return request;
    }

private slots:
    void hashesThePublishedCanonicalRequest()
    {
        QCOMPARE(Acs3Signature::hexSha256(published().canonicalRequest()),
                 QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    }

    void signsThePublishedExample()
    {
        QCOMPARE(published().signature(QStringLiteral("YourAccessKeySecret")),
                 QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    void authorizationNamesTheKeyAndTheSignedHeaders()
    {
        QCOMPARE(published().authorization(QStringLiteral("YourAccessKeyId"),
                                           QStringLiteral("YourAccessKeySecret")),
                 QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                            "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                            "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    void canonicalRequestHasItsSixParts()
    {
        const QList<QByteArray> lines = published().canonicalRequest().split('\n');
        QCOMPARE(lines.first(), QByteArray("POST"));
        QCOMPARE(lines.at(1), QByteArray("/"));
        QCOMPARE(
            lines.at(2),
            QByteArray("ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"));
        QCOMPARE(lines.at(3), QByteArray("host:ecs.cn-shanghai.aliyuncs.com"));
        QCOMPARE(lines.last(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void bodyAndHeadersAreSigned()
    {
        Acs3Signature changed = published();
        changed.body = "InvoiceId=1";
        QVERIFY(changed.signature(QStringLiteral("YourAccessKeySecret"))
                != published().signature(QStringLiteral("YourAccessKeySecret")));
        changed = published();
        changed.headers.insert("x-acs-action", "StopInstances");
        QVERIFY(changed.signature(QStringLiteral("YourAccessKeySecret"))
                != published().signature(QStringLiteral("YourAccessKeySecret")));
    }
};

QTEST_APPLESS_MAIN(TestAcs3Signature)
#include "tst_acs3signature.moc"
