// SPDX-License-Identifier: MIT
// AuditLogModel against the real energytruck-server: after an operator's order and a failed
// sign-in, an admin's model lists them newest first with who, role, status and result (the time
// in KST), and the chain is intact; a viewer's reading fails with the server's 403 in errorText;
// and after an entry is edited in the server's SQLite file (its append-only trigger dropped, as
// tst_audit does) the model says where the chain breaks. Each model runs under
// QAbstractItemModelTester.
#include "auditlogmodel.h"
#include "client/auditreader.h"
#include "client/restclient.h"
#include "domain/asset.h"
#include "domain/dispatchorder.h"
#include "domain/operatorcommand.h"
#include "domain/truck.h"
#include "fixedtokens.h"
#include "jejutime.h"
#include "modeltesthelpers.h"
#include "serverprocess.h"
#include "testaccounts.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;

namespace {

QVariant value(const models::AuditLogModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row), model.roleOf(role));
}

/// Waits for the answer of one asynchronous RestClient call.
template<typename T, typename Call>
domain::Result<T> await(Call call)
{
    std::optional<domain::Result<T>> answer;
    call([&answer](domain::Result<T> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return domain::Error{{}, QStringLiteral("no answer within 10 s")};
    return *answer;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }

    std::unique_ptr<client::RestClient> clientFor(test::FixedTokens &tokens)
    {
        auto rest = std::make_unique<client::RestClient>();
        rest->setBaseUrl(m_server.url());
        rest->setAccessTokenSource(&tokens);
        return rest;
    }

    /// A model that read the trail as `role` through a client of its own.
    struct Reading
    {
        test::FixedTokens tokens;
        std::unique_ptr<client::RestClient> rest;
        std::unique_ptr<models::AuditLogModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester; ///< watches model, and goes first
    };

    bool readAs(UserRole role, Reading &r)
    {
        if (!r.tokens.signIn(m_server, role))
            return false;
        r.rest = clientFor(r.tokens);
        r.model = std::make_unique<models::AuditLogModel>(r.rest.get());
        r.tester = test::contractTester(r.model.get());
        r.model->refresh();
        return QTest::qWaitFor([&r] { return !r.model->busy(); }, 10000);
    }

    // A charge order the simulation can carry out: a truck with room and a wind or solar site.
    std::optional<domain::DispatchOrder> feasibleOrder(client::RestClient &rest)
    {
        const auto trucks = await<client::RestResponse>([&](auto done) { rest.get(QStringLiteral("/trucks"), {}, this, done); });
        const auto assets = await<client::RestResponse>([&](auto done) { rest.get(QStringLiteral("/assets"), {}, this, done); });
        if (!trucks.ok() || !assets.ok())
            return std::nullopt;
        for (const QJsonValue &tv : trucks.value().body.value(QStringLiteral("items")).toArray()) {
            const auto t = domain::Truck::fromJson(tv);
            if (!t.ok() || t.value().status == domain::TruckStatus::Maintenance || !t.value().orderId.isEmpty()
                || (0.95 - t.value().soc) * t.value().capacityKwh < 80.0)
                continue;
            for (const QJsonValue &av : assets.value().body.value(QStringLiteral("items")).toArray()) {
                const auto a = domain::Asset::fromJson(av);
                if (!a.ok() || a.value().status == domain::AssetStatus::Offline
                    || (a.value().kind != domain::AssetKind::Wind && a.value().kind != domain::AssetKind::Solar))
                    continue;
                domain::DispatchOrder o;
                o.id = QStringLiteral("ord-audit-model-1");
                o.truckId = t.value().id;
                o.kind = domain::OrderKind::Charge;
                o.targetAssetId = a.value().id;
                o.kwh = 20.0;
                o.createdAt = QDateTime::currentDateTimeUtc();
                o.updatedAt = o.createdAt;
                return o;
            }
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(dbPath(), {QStringLiteral("--seed"), QStringLiteral("7")}),
                 qPrintable(m_server.errorString()));
    }

    void adminSeesCommandsNewestFirst()
    {
        test::FixedTokens op;
        QVERIFY(op.signIn(m_server, UserRole::Operator));
        auto opRest = clientFor(op);
        const auto order = feasibleOrder(*opRest);
        QVERIFY(order);
        const auto created = await<client::RestResponse>([&](auto done) {
            opRest->sendCommand(domain::OperatorCommand::createOrder(*order, QStringLiteral("audit-model-order-1")), this, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(created.value().status, 201);
        const QString wrongEmail = QStringLiteral("Intruder@Test.invalid");
        const auto failed = await<client::RestResponse>([&](auto done) {
            opRest->postAnonymously(QStringLiteral("/auth/login"),
                                    {{QStringLiteral("email"), wrongEmail}, {QStringLiteral("password"), QStringLiteral("not-the-password-at-all")}},
                                    this, done);
        });
        QCOMPARE(failed.error().code, QStringLiteral("invalid_credentials"));

        test::FixedTokens admin;
        QVERIFY(admin.signIn(m_server, UserRole::Admin));
        auto adminRest = clientFor(admin);
        models::AuditLogModel model(adminRest.get());
        const auto tester = test::contractTester(&model);
        QVERIFY(!model.chainKnown());
        model.refresh();
        QVERIFY(model.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 10000);
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
        QVERIFY(model.chainKnown());
        QVERIFY(model.chainOk());
        // The operator's sign-in, the order, the failed sign-in and the admin's.
        QVERIFY(model.rowCount() >= 4);
        QCOMPARE(model.chainText(), QStringLiteral("Chain intact: %1 entries").arg(model.rowCount()));

        // Newest first: the admin's sign-in, the failed one, the order, the operator's sign-in.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(value(model, row - 1, "seq").toLongLong() > value(model, row, "seq").toLongLong());
        QCOMPARE(value(model, 0, "path").toString(), QStringLiteral("/api/v1/auth/login"));
        QCOMPARE(value(model, 0, "user").toString(), test::testAccount(UserRole::Admin).email);
        QCOMPARE(value(model, 0, "role").toString(), QStringLiteral("admin"));
        QCOMPARE(value(model, 0, "result").toString(), QStringLiteral("signed in"));

        QCOMPARE(value(model, 1, "path").toString(), QStringLiteral("/api/v1/auth/login"));
        QCOMPARE(value(model, 1, "user").toString(), wrongEmail); // as typed
        QCOMPARE(value(model, 1, "role").toString(), QString());
        QCOMPARE(value(model, 1, "status").toInt(), 401);
        QCOMPARE(value(model, 1, "result").toString(), QStringLiteral("invalid_credentials"));

        QCOMPARE(value(model, 2, "method").toString(), QStringLiteral("POST"));
        QCOMPARE(value(model, 2, "path").toString(), QStringLiteral("/api/v1/orders"));
        QCOMPARE(value(model, 2, "user").toString(), test::testAccount(UserRole::Operator).email);
        QCOMPARE(value(model, 2, "role").toString(), QStringLiteral("operator"));
        QCOMPARE(value(model, 2, "status").toInt(), 201);
        QCOMPARE(value(model, 2, "result").toString(), QStringLiteral("created ") + order->id);
        QCOMPARE(value(model, 2, "requestId").toString(), created.value().requestId);

        // The time is Jeju's (UTC+9), whatever the machine's zone.
        const QDateTime at = value(model, 2, "at").toDateTime();
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(value(model, 2, "time").toString(), at.toUTC().addSecs(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

        // Refresh picks up what happened since.
        const int before = model.rowCount();
        QVERIFY(op.signIn(m_server, UserRole::Operator));
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 10000);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(value(model, 0, "user").toString(), test::testAccount(UserRole::Operator).email);
    }

    void readerPagesAndKeepsTheNewest()
    {
        Reading admin;
        QVERIFY(readAs(UserRole::Admin, admin));
        const qint64 newest = admin.model->data(admin.model->index(0), models::AuditLogModel::SeqRole).toLongLong();
        QVERIFY(newest >= 5);
        // Pages of 2, the newest 3 kept: an intact chain of N entries starts after seq N - 3.
        client::AuditReader reader(admin.rest.get(), 3);
        reader.setPageSize(2);
        QSignalSpy requests(admin.rest.get(), &client::RestClient::requestStarted);
        const auto trail = await<client::AuditTrail>([&](auto done) { reader.read(done); });
        QVERIFY2(trail.ok(), qPrintable(trail.error().toString()));
        QVERIFY(trail.value().complete);
        QVERIFY(trail.value().verification.ok);
        QCOMPARE(trail.value().entries.size(), 3);
        // Oldest first, ending with the newest entry (the admin's sign-in of this reading).
        QCOMPARE(trail.value().entries.at(2).seq, newest);
        QCOMPARE(trail.value().entries.at(0).seq, newest - 2);
        QCOMPARE(requests.size(), 3); // verify, a full page of 2, a page of 1
    }

    void viewerIsRefused()
    {
        Reading viewer;
        QVERIFY(readAs(UserRole::Viewer, viewer));
        const models::AuditLogModel &model = *viewer.model;
        QVERIFY(model.loaded());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.chainKnown());
        QVERIFY2(model.errorText().contains(QStringLiteral("403")), qPrintable(model.errorText()));
        QVERIFY2(model.errorText().contains(QStringLiteral("administrators")), qPrintable(model.errorText()));
    }

    void withoutAServerItSaysSo()
    {
        models::AuditLogModel model(nullptr);
        const auto tester = test::contractTester(&model);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), 5000);
        QVERIFY(!model.busy());
        QVERIFY(!model.errorText().isEmpty());
    }

    void brokenChainSaysWhere()
    {
        QVERIFY(m_server.terminate());
        bool ok = true;
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(dbPath());
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &sql : {QStringLiteral("DROP TRIGGER audit_no_update"),
                                       QStringLiteral("UPDATE audit SET result = 'ok' WHERE seq = 3")}) {
                if (ok && !q.exec(sql)) {
                    error = q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));

        Reading admin;
        QVERIFY(readAs(UserRole::Admin, admin));
        const models::AuditLogModel &model = *admin.model;
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
        QVERIFY(model.chainKnown());
        QVERIFY(!model.chainOk());
        QCOMPARE(model.chainText(), QStringLiteral("Chain broken at entry 3: hash does not match the entry's fields"));
        // The entries are still listed, all of them (the reader pages from the start when broken).
        QVERIFY(model.rowCount() > 5);
        QCOMPARE(value(model, model.rowCount() - 1, "seq").toLongLong(), 1);

        // With no count to trust, the reader pages from the start and keeps the newest.
        client::AuditReader reader(admin.rest.get(), 2);
        reader.setPageSize(3);
        QSignalSpy requests(admin.rest.get(), &client::RestClient::requestStarted);
        const auto trail = await<client::AuditTrail>([&](auto done) { reader.read(done); });
        QVERIFY2(trail.ok(), qPrintable(trail.error().toString()));
        const qint64 newest = value(model, 0, "seq").toLongLong();
        QCOMPARE(trail.value().entries.size(), 2);
        QCOMPARE(trail.value().entries.at(1).seq, newest);
        QCOMPARE(trail.value().entries.at(0).seq, newest - 1);
        QCOMPARE(requests.size(), 1 + int(newest / 3) + 1); // verify, the full pages, the last short one
    }
};

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
