#include "itemmodels/EnglishWording.h"

namespace caseline {

namespace {

thread_local int depth = 0;

} // namespace

EnglishWording::EnglishWording()
{
    ++depth;
}

EnglishWording::~EnglishWording()
{
    --depth;
}

bool EnglishWording::active()
{
    return depth > 0;
}

QLocale EnglishWording::locale()
{
    return active() ? QLocale::c() : QLocale();
}

QDateTime EnglishWording::shown(const QDateTime &at)
{
    return active() ? at.toUTC() : at.toLocalTime();
}

} // namespace caseline
