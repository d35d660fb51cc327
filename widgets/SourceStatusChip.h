#pragma once

#include <QDateTime>
#include <QLabel>
#include <QString>

namespace caseline {

// A small chip telling the agent how fresh one back-office system's data is: ok, stale since a
// time (served from cache), or failing and why.
class SourceStatusChip : public QLabel
{
    Q_OBJECT

public:
    enum class State { Unknown, Ok, Stale, Error };

    explicit SourceStatusChip(const QString &systemName, QWidget *parent = nullptr);

    void showUnknown(); // not asked yet
    void showOk();
    void showStale(const QDateTime &since);
    void showError(const QString &reason);

    State state() const { return m_state; }

private:
    void present(State state, const QString &text, const QString &detail);

    QString m_systemName;
    State m_state = State::Ok;
};

} // namespace caseline
