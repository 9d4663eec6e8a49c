#include "text/controlescape.h"

#include <QTest>

// Control characters are escaped for terminals and TSV exactly as QString::arg() wrote them before
// the escapes were written digit by digit: every UTF-16 code unit against that reference.
class TestControlEscape : public QObject
{
    Q_OBJECT

private slots:
    void escaped_writesEveryCodeUnitAsArgDid()
    {
        const auto isControl = [](char16_t c) {
            return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029;
        };
        for (int c = 0; c <= 0xFFFF; ++c) {
            const QChar ch{char16_t(c)};
            QString expected = QString(ch);
            if (c == u'\n')
                expected = u"\\n"_qs;
            else if (c == u'\r')
                expected = u"\\r"_qs;
            else if (c == u'\t')
                expected = u"\\t"_qs;
            else if (isControl(char16_t(c)))
                expected = c < 0x100 ? QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'))
                                     : QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
            const QString text = u"a"_qs + ch + u"b"_qs;
            if (ControlEscape::escaped(text) != u"a"_qs + expected + u"b"_qs)
                QFAIL(qPrintable(QStringLiteral("U+%1 escaped as %2").arg(c, 4, 16, QLatin1Char('0'))
                                     .arg(ControlEscape::escaped(text))));
        }
    }

    void escaped_keepsPlainTextAndEscapesRuns()
    {
        QCOMPARE(ControlEscape::escaped(u"plain text"), u"plain text"_qs);
        QCOMPARE(ControlEscape::escaped(u"\x1b[31m\x7f\x9b\u2029"), u"\\x1b[31m\\x7f\\x9b\\u2029"_qs);
        QCOMPARE(ControlEscape::escaped(u""), QString());
    }
};

QTEST_GUILESS_MAIN(TestControlEscape)
#include "tst_controlescape.moc"
