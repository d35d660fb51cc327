#pragma once

#include <QCoreApplication>
#include <QString>

namespace caseline {

// The words the console shows for how a customer came and the language they speak, translated
// (status and priority words come with CaseQueueModel).
class CaseWords
{
    Q_DECLARE_TR_FUNCTIONS(CaseWords)

public:
    static QString channel(const QString &channel);
    static QString language(const QString &code);
};

} // namespace caseline
