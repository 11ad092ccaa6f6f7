// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// The Centers view's private self-check (issue 19): the questions of resources/data/self-check.json
/// (the PHQ-9 and the GAD-7 in their published Korean and English wording, with their sources and
/// cut-offs, and a few questions of our own that are marked as not validated), the user's answers,
/// the instruments' scores with their published bands, and the needs profile the answers give —
/// per need, the answers weighted by how much each question speaks to it over the most they could
/// be — which the ranking's expertise and program parts match. Not a diagnosis, and the screen
/// says so. The answers stay in this user's own cache (Store::saveSelfCheck): never sent, never
/// logged; forget() deletes them in one action. An answer at or above a question's `crisisAt`
/// (thoughts of death or self-harm) sets `crisis`, which brings the crisis line forward at once,
/// before anything is saved.
class SelfCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    /// [{id, text, instrument, period, choices: [{value, text}]}] in the user's language.
    Q_PROPERTY(QVariantList questions READ questions CONSTANT)
    Q_PROPERTY(QString disclaimer READ disclaimer CONSTANT)
    /// [{name, source, validated}]: where each question set comes from.
    Q_PROPERTY(QVariantList sources READ sources CONSTANT)
    /// One value per question, -1 where not answered yet.
    Q_PROPERTY(QVariantList answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY answersChanged)
    Q_PROPERTY(bool crisis READ crisis NOTIFY answersChanged)
    /// A saved result exists (the ranking uses its profile).
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QDateTime takenAt READ takenAt NOTIFY resultChanged)
    /// need -> weight in [0, 1] of the saved result; empty without one.
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY resultChanged)
    /// [{name, score, max, band, validated}] of the saved result.
    Q_PROPERTY(QVariantList scores READ scores NOTIFY resultChanged)
    /// The needs of the saved result that weigh most, in words ("low mood, sleep").
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
public:
    SelfCheck(client::Store *store, const QByteArray &questionsJson, QObject *parent = nullptr);
    /// The bundled questions.
    static QByteArray bundledQuestions();

    QVariantList questions() const { return m_questions; }
    QString disclaimer() const { return m_disclaimer; }
    QVariantList sources() const { return m_sources; }
    QVariantList answers() const;
    int answeredCount() const;
    bool complete() const { return answeredCount() == m_answers.size() && !m_answers.isEmpty(); }
    bool crisis() const;
    bool hasResult() const { return m_takenAt.isValid(); }
    QDateTime takenAt() const { return m_takenAt; }
    QVariantMap profile() const;
    QVariantList scores() const;
    QString summary() const;

    /// Answers question `index` (0-based) with `value` (one of its choices); false otherwise.
    Q_INVOKABLE bool answer(int index, int value);
    /// Computes the profile from complete answers and keeps it in the user's cache; false when
    /// answers are missing or it could not be saved.
    Q_INVOKABLE bool save();
    /// Deletes the answers and the result from this device (one action), and clears the form.
    Q_INVOKABLE bool forget();
    /// Clears the form without touching a saved result (answer again).
    Q_INVOKABLE void restart();

    /// The profile of a set of answers (exposed for tests): per need, the sum of answer × weight
    /// over the sum of the highest answer × weight.
    QHash<QString, double> profileOf(const QList<int> &answers) const;

signals:
    void answersChanged();
    void resultChanged();

private:
    struct Question
    {
        QString instrument;
        QHash<QString, double> needs;
        int crisisAt = -1; ///< -1: none
        int maxValue = 3;
    };
    struct Instrument
    {
        QString id;
        QString name;
        bool validated = false;
        QList<QPair<int, QString>> cutoffs; ///< min score -> band, ascending
    };
    void load(const QByteArray &json);
    void readSaved();

    client::Store *m_store;
    QString m_lang;
    QList<Question> m_items;
    QList<Instrument> m_instruments;
    QVariantList m_questions;
    QVariantList m_sources;
    QString m_disclaimer;
    QList<int> m_answers;
    QList<int> m_savedAnswers;
    QHash<QString, double> m_profile;
    QDateTime m_takenAt;
};

} // namespace et::models
