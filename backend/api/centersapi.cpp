// SPDX-License-Identifier: MIT
#include "api/centersapi.h"

#include "auth/principal.h"
#include "backendlogging.h"
#include "domain/centernotice.h"
#include "domain/centerreview.h"
#include "domain/centers/centerimportrequest.h"
#include "domain/centers/centerimportresult.h"
#include "sim/simulation.h"
#include "store/store.h"

#include <QJsonDocument>

namespace et::backend {

using domain::EntityKind;
using domain::centers::CenterImportRequest;
using domain::centers::CenterImportResult;
using Method = QHttpServerRequest::Method;

namespace {
domain::Result<QJsonObject> bodyOf(const ApiRequest &request)
{
    return domain::parseJsonObject(request.raw.body());
}

QString emailOf(const ApiRequest &request)
{
    return request.principal ? request.principal->user.email : QString();
}

CommandOutcome refused(ApiResponse response)
{
    return {std::move(response), {}, {}};
}
} // namespace

CentersApi::CentersApi(Store &store, Simulation &simulation, CommandGate &gate) : m_store(store), m_simulation(simulation), m_gate(gate) {}

QString CentersApi::hiddenKey(const QString &reviewId)
{
    return QStringLiteral("hidden_review:") + reviewId;
}

void CentersApi::registerRoutes(ApiServer &server)
{
    const QString centers = QStringLiteral("/api/v1/centers");
    const Access manage = Access::needs(domain::Permission::ManageCenters);
    server.route(centers + QStringLiteral("/import"), Method::Post, manage, [this](const ApiRequest &r) {
        // A dry run changes nothing, so a retry needs no key; a key makes a real one exactly-once.
        return m_gate.run(r, CommandGate::Key::Optional, [&] { return importCenters(r); });
    });
    server.route(centers + QStringLiteral("/([^/]+)/notices"), Method::Post, manage, [this](const ApiRequest &r) {
        return m_gate.run(r, CommandGate::Key::Required, [&] { return postNotice(r); });
    });
    server.route(centers + QStringLiteral("/([^/]+)/reviews"), Method::Post, Access::needs(domain::Permission::ReviewCenters),
                 [this](const ApiRequest &r) { return m_gate.run(r, CommandGate::Key::Required, [&] { return writeReview(r); }); });
    server.route(centers + QStringLiteral("/reviews/([^/]+)/hide"), Method::Post, Access::needs(domain::Permission::ModerateReviews),
                 [this](const ApiRequest &r) { return m_gate.run(r, CommandGate::Key::Required, [&] { return hideReview(r); }); });
}

std::optional<ApiResponse> CentersApi::centerMissing(const QString &id) const
{
    auto row = m_store.read(EntityKind::Center, id);
    if (!row.ok())
        return ApiResponse::internal(row.error());
    if (!row.value())
        return ApiResponse::notFound(QStringLiteral("no center with id \"%1\"").arg(id));
    return std::nullopt;
}

CommandOutcome CentersApi::importCenters(const ApiRequest &request)
{
    auto body = bodyOf(request);
    if (!body.ok())
        return refused(ApiResponse::invalidJson(body.error().toString()));
    auto parsed = CenterImportRequest::fromJson(body.value());
    if (!parsed.ok())
        return refused(ApiResponse::validationFailed(parsed.error()));
    auto rows = m_store.readAll(EntityKind::Center);
    if (!rows.ok())
        return refused(ApiResponse::internal(rows.error()));
    QList<domain::Center> stored;
    for (const QJsonObject &o : rows.value()) {
        auto c = domain::Center::fromJson(o);
        if (!c.ok())
            return refused(ApiResponse::internal(c.error().prefixed(QStringLiteral("stored center"))));
        stored << c.value();
    }
    const CenterImportRequest &import = parsed.value();
    const CenterImportResult result = CenterImportResult::merge(stored, import.centers, import.dryRun);
    CommandOutcome out{ApiResponse::ok(result.toJson()), {}, {}};
    if (!import.dryRun) {
        for (qsizetype i = 0; i < import.centers.size(); ++i) {
            if (result.items.at(i).outcome != CenterImportResult::Outcome::Unchanged)
                out.writes.append({EntityKind::Center, import.centers.at(i).id, import.centers.at(i).toJson()});
        }
    }
    out.response.auditResult = QStringLiteral("%1%2 new, %3 changed, %4 unchanged")
                                   .arg(import.dryRun ? QStringLiteral("dry run: ") : QStringLiteral("imported: "))
                                   .arg(result.count(CenterImportResult::Outcome::New))
                                   .arg(result.count(CenterImportResult::Outcome::Changed))
                                   .arg(result.count(CenterImportResult::Outcome::Unchanged));
    qCInfo(lcCenters).noquote() << "centers import by" << emailOf(request) << out.response.auditResult;
    return out;
}

CommandOutcome CentersApi::postNotice(const ApiRequest &request)
{
    const QString centerId = request.captures.value(0);
    auto body = bodyOf(request);
    if (!body.ok())
        return refused(ApiResponse::invalidJson(body.error().toString()));
    auto notice = domain::CenterNotice::fromRequest(body.value(), QDateTime::currentDateTimeUtc(), emailOf(request));
    if (!notice.ok())
        return refused(ApiResponse::validationFailed(notice.error()));
    if (notice.value().centerId != centerId)
        return refused(ApiResponse::validationFailed({QStringLiteral("center_id"), QStringLiteral("is \"%1\" but the path names \"%2\"")
                                                                                       .arg(notice.value().centerId, centerId)}));
    if (auto missing = centerMissing(centerId))
        return refused(*missing);
    auto existing = m_store.read(EntityKind::CenterNotice, notice.value().id);
    if (!existing.ok())
        return refused(ApiResponse::internal(existing.error()));
    if (existing.value())
        return refused(ApiResponse::conflict(QStringLiteral("notice \"%1\" exists already").arg(notice.value().id)));
    const QJsonObject json = notice.value().toJson();
    qCInfo(lcCenters).noquote() << domain::toString(notice.value().kind) << notice.value().id << "on" << centerId << "until"
                                << json.value(QStringLiteral("ends_at")).toString() << "by" << emailOf(request);
    CommandOutcome out{ApiResponse::ok(json, 201), {{EntityKind::CenterNotice, notice.value().id, json}}, {}};
    out.response.auditResult = QStringLiteral("created %1 (%2 until %3): %4")
                                   .arg(notice.value().id, domain::toString(notice.value().kind), json.value(QStringLiteral("ends_at")).toString(),
                                        notice.value().reason);
    return out;
}

CommandOutcome CentersApi::writeReview(const ApiRequest &request)
{
    const QString centerId = request.captures.value(0);
    auto body = bodyOf(request);
    if (!body.ok())
        return refused(ApiResponse::invalidJson(body.error().toString()));
    auto parsed = domain::CenterReview::fromRequest(body.value());
    if (!parsed.ok())
        return refused(ApiResponse::validationFailed(parsed.error()));
    domain::CenterReview review = parsed.value();
    if (review.centerId != centerId)
        return refused(ApiResponse::validationFailed({QStringLiteral("center_id"), QStringLiteral("is \"%1\" but the path names \"%2\"").arg(review.centerId, centerId)}));
    // One's own review only: the id is made of the signed-in user's id.
    if (!request.principal || review.userId != request.principal->user.id)
        return refused(ApiResponse::validationFailed({QStringLiteral("user_id"), QStringLiteral("is not the signed-in user")}));
    if (auto missing = centerMissing(centerId))
        return refused(*missing);
    if (const auto hidden = m_store.meta(hiddenKey(review.id))) {
        const QString reason = QJsonDocument::fromJson(hidden->toUtf8()).object().value(QStringLiteral("reason")).toString();
        return refused(ApiResponse::conflict(QStringLiteral("your review of this center was hidden by an administrator (%1)").arg(reason)));
    }
    auto existing = m_store.read(EntityKind::CenterReview, review.id);
    if (!existing.ok())
        return refused(ApiResponse::internal(existing.error()));
    review.author = domain::CenterReview::authorOf(emailOf(request));
    review.updatedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject json = review.toJson();
    const bool created = !existing.value().has_value();
    return {ApiResponse::ok(json, created ? 201 : 200), {{EntityKind::CenterReview, review.id, json}}, {}};
}

CommandOutcome CentersApi::hideReview(const ApiRequest &request)
{
    const QString id = request.captures.value(0);
    auto body = bodyOf(request);
    if (!body.ok())
        return refused(ApiResponse::invalidJson(body.error().toString()));
    auto reason = domain::CenterReview::hideReasonFrom(body.value());
    if (!reason.ok())
        return refused(ApiResponse::validationFailed(reason.error()));
    auto row = m_store.read(EntityKind::CenterReview, id);
    if (!row.ok())
        return refused(ApiResponse::internal(row.error()));
    if (!row.value())
        return refused(ApiResponse::notFound(QStringLiteral("no review with id \"%1\"").arg(id)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject kept{{QStringLiteral("review"), *row.value()},
                           {QStringLiteral("reason"), reason.value()},
                           {QStringLiteral("hidden_by"), emailOf(request)},
                           {QStringLiteral("hidden_at"), domain::toIsoUtc(now)}};
    const QString centerId = row.value()->value(QStringLiteral("center_id")).toString();
    CommandOutcome out{ApiResponse::ok({{QStringLiteral("id"), id}, {QStringLiteral("center_id"), centerId},
                                        {QStringLiteral("hidden"), true}, {QStringLiteral("reason"), reason.value()}}),
                       {EntityWrite::removal(EntityKind::CenterReview, id, m_simulation.simTime())},
                       {{hiddenKey(id), QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))}}};
    out.response.auditResult = QStringLiteral("hid %1 of %2: %3").arg(id, centerId, reason.value());
    qCInfo(lcCenters).noquote() << "review" << id << "hidden by" << emailOf(request);
    return out;
}

} // namespace et::backend
