#include "itemmodels/CsvExport.h"

#include "ItemModelTestKit.h"
#include "TempDirectory.h"

#include <QAbstractTableModel>
#include <QBuffer>
#include <QFile>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

// Three columns of awkward text; column 2 shows decorated text and exports a plain value.
class AwkwardTable : public QAbstractTableModel
{
public:
    QStringList rows[2] = {{"CASE-1", "Rossi, Giulia", "⚠ 3 h late"},
                           {"CASE-2", "Says \"broken\"\non two lines", "on time"}};

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole) {
            return rows[index.row()].at(index.column());
        }
        if (role == CsvExport::ExportRole && index.column() == 2) {
            return index.row() == 0 ? QStringLiteral("-180") : QStringLiteral("45");
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        return QStringList{"Case", "Customer, note", "Minutes left"}.at(section);
    }
};

} // namespace

TEST(CsvExport, QuotesWhatNeedsQuotingAndWritesUtf8WithCrLf)
{
    itemModelApplication();
    AwkwardTable table;
    table.rows[0][1] = QString::fromUtf8("Müller, Jürgen");
    const QByteArray csv = CsvExport::toCsv(table);
    EXPECT_EQ(csv, QByteArray("Case,\"Customer, note\",Minutes left\r\n"
                              "CASE-1,\"M\xc3\xbcller, J\xc3\xbcrgen\",-180\r\n"
                              "CASE-2,\"Says \"\"broken\"\"\non two lines\",45\r\n"));
    EXPECT_EQ(CsvExport::field("plain"), "plain");
    EXPECT_EQ(CsvExport::field("a\rb"), "\"a\rb\"");
}

TEST(CsvExport, WritesTheChosenColumnsInTheirOrder)
{
    itemModelApplication();
    AwkwardTable table;
    QBuffer buffer;
    EXPECT_EQ(CsvExport::write(table, buffer, {2, 0}), QString());
    EXPECT_EQ(buffer.data(), QByteArray("Minutes left,Case\r\n-180,CASE-1\r\n45,CASE-2\r\n"));
}

TEST(CsvExport, WritesAFileAndSaysWhyItCouldNot)
{
    itemModelApplication();
    AwkwardTable table;
    TempDirectory folder;
    const QString path = QString::fromStdString(folder.file("breached.csv"));
    EXPECT_EQ(CsvExport::writeFile(table, path), QString());
    QFile written(path);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), CsvExport::toCsv(table));

    const QString nowhere = QString::fromStdString(folder.file("no-such-folder/breached.csv"));
    const QString failure = CsvExport::writeFile(table, nowhere);
    EXPECT_TRUE(failure.startsWith("Could not write ")) << failure.toStdString();
    EXPECT_TRUE(failure.contains("no-such-folder")) << failure.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));

    QBuffer readOnly;
    ASSERT_TRUE(readOnly.open(QIODevice::ReadOnly));
    EXPECT_FALSE(CsvExport::write(table, readOnly).isEmpty());
}
