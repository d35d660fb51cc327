#pragma once

#include <QComboBox>
#include <QStringList>

namespace caseline {

// An editable reason with the usual ones to pick from; starts empty so the agent has to say
// why.
class ReasonBox : public QComboBox
{
    Q_OBJECT

public:
    ReasonBox(const QStringList &presets, const QString &placeholder, QWidget *parent = nullptr);

    // Trimmed, in the agent's words.
    QString reason() const;
};

} // namespace caseline
