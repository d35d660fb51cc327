#pragma once

#include <QDateTime>
#include <QLabel>
#include <QString>

namespace caseline {

// A small chip telling the agent how fresh one back-office system's data is: ok, stale since a
// time (served from cache), or failing and why. Tinted by state from the StatePalette, light or
// dark as the palette around it.
class SourceStatusChip : public QLabel
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,
        Ok,
        Stale,
        Error
    };

    explicit SourceStatusChip(const QString &systemName, QWidget *parent = nullptr);

    void showUnknown(); // not asked yet
    void showOk();
    void showStale(const QDateTime &since);
    void showError(const QString &reason);

    State state() const { return m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(State state, const QString &text, const QString &detail);
    void recolour();

    QString m_systemName;
    State m_state = State::Ok;
    bool m_recolouring = false;
};

} // namespace caseline
