#include "ReasonBox.h"

#include <QLineEdit>

namespace caseline {

ReasonBox::ReasonBox(const QStringList &presets, const QString &placeholder, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItems(presets);
    setCurrentIndex(-1);
    lineEdit()->setPlaceholderText(placeholder);
    lineEdit()->setMaxLength(500);
    setAccessibleName(tr("Reason"));
    setMinimumContentsLength(28);
}

QString ReasonBox::reason() const
{
    return currentText().trimmed();
}

} // namespace caseline
