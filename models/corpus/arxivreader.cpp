#include "corpus/arxivreader.h"

#include "corpus/recordsink.h"
#include "text/parallelchunks.h"
#include "text/texdecoder.h"

#include <QCoreApplication>
#include <QIODevice>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <future>
#include <thread>

namespace dom = simdjson::dom; // the DOM API picks the CPU's kernel at run time; ondemand is fixed at compile time

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArxivReader", text);
}

QByteArrayView viewOf(std::string_view v)
{
    return QByteArrayView(v.data(), qsizetype(v.size()));
}

bool isNameSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == ',';
}

// "First Last Suffix" appended to *out as CorpusBuilder::prepare() cleans a name (commas become
// spaces, white space simplified), joined to the names before by ", ". Parts with TeX accents or
// non-ASCII bytes (whose spaces only Qt knows) take the QString way.
void appendName(const std::string_view (&part)[3], QByteArray *out)
{
    bool plain = true;
    for (const std::string_view &p : part) {
        for (size_t i = 0; i < p.size(); ++i) {
            const char c = p[i];
            plain = plain && quint8(c) < 0x80 && c != '\\' && c != '{' && c != '}' && c != '~'
                && !(c == '-' && i + 1 < p.size() && p[i + 1] == '-'); // what TexDecoder::needsDecoding() looks for
        }
    }
    const qsizetype before = out->size();
    if (!out->isEmpty())
        out->append(", ");
    const qsizetype start = out->size();
    if (plain) {
        bool pending = false;
        for (const int k : {1, 0, 2}) {
            pending = pending || out->size() > start;
            for (const char c : part[k]) {
                if (isNameSpace(c)) {
                    pending = out->size() > start;
                    continue;
                }
                if (pending)
                    out->append(' ');
                pending = false;
                out->append(c);
            }
        }
    } else {
        QString joined;
        for (const int k : {1, 0, 2}) {
            const QString s = QString::fromUtf8(part[k].data(), qsizetype(part[k].size()));
            joined += (TexDecoder::needsDecoding(s) ? TexDecoder::decode(s) : s) + QLatin1Char(' ');
        }
        joined.replace(QLatin1Char(','), QLatin1Char(' '));
        out->append(joined.simplified().toUtf8());
    }
    if (out->size() == start) // an empty name
        out->truncate(before);
}

// [[last, first, suffix], …] → "First Last Suffix, …".
simdjson::error_code readAuthorsParsed(dom::element value, QByteArray *authors)
{
    dom::array names;
    if (auto e = value.get_array().get(names))
        return e;
    for (dom::element name : names) {
        dom::array parts;
        if (auto e = name.get_array().get(parts))
            return e;
        std::string_view part[3];
        int k = 0;
        for (dom::element p : parts) {
            std::string_view s;
            if (auto e = p.get_string().get(s))
                return e;
            if (k < 3)
                part[k++] = s;
        }
        appendName(part, authors);
    }
    return simdjson::SUCCESS;
}

simdjson::error_code readFirstVersion(dom::element value, CorpusBuilder::Fields *f)
{
    dom::array versions;
    if (auto e = value.get_array().get(versions))
        return e;
    std::string_view created;
    if (versions.at(0)["created"].get_string().get(created) == simdjson::SUCCESS) // when the paper appeared
        ArxivReader::parseRfc2822(QByteArrayView(created.data(), qsizetype(created.size())), &f->year, &f->month,
                                  &f->day);
    return simdjson::SUCCESS;
}

// A string field as a view into the parser's strings, or empty for null.
simdjson::error_code readView(dom::element value, QByteArrayView *out)
{
    if (value.is_null())
        return simdjson::SUCCESS;
    std::string_view s;
    if (auto e = value.get_string().get(s))
        return e;
    *out = viewOf(s);
    return simdjson::SUCCESS;
}

// A string field, or empty for null.
simdjson::error_code readString(dom::element value, QString *out)
{
    QByteArrayView v;
    const auto e = readView(value, &v);
    *out = QString::fromUtf8(v);
    return e;
}

simdjson::error_code readField(std::string_view key, dom::element value, CorpusBuilder::Fields *f,
                               QString *updateDate)
{
    if (key == "title")
        return readView(value, &f->utf8.title);
    if (key == "abstract")
        return readView(value, &f->utf8.abstract);
    if (key == "id")
        return readView(value, &f->utf8.arxiv);
    if (key == "doi")
        return readView(value, &f->utf8.doi);
    if (key == "journal-ref")
        return readView(value, &f->utf8.venue);
    if (key == "update_date")
        return readString(value, updateDate);
    if (key == "authors_parsed")
        return readAuthorsParsed(value, &f->utf8.authors);
    if (key == "versions")
        return readFirstVersion(value, f);
    if (key == "categories") {
        QString categories;
        auto e = readString(value, &categories);
        f->categories = categories.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return e;
    }
    return simdjson::SUCCESS; // unknown fields are ignored
}

// data[len, capacity) must be readable: simdjson reads a few bytes past the end of the document.
bool parseWith(dom::parser &parser, const char *data, size_t len, size_t capacity, CorpusBuilder::Fields *f,
               QString *error)
{
    Q_ASSERT(capacity >= len + simdjson::SIMDJSON_PADDING);
    Q_UNUSED(capacity);
    dom::element doc;
    dom::object object;
    auto e = parser.parse(reinterpret_cast<const uint8_t *>(data), len, false).get(doc);
    if (!e)
        e = doc.get_object().get(object);
    QString updateDate;
    if (!e) {
        for (dom::key_value_pair field : object) {
            if ((e = readField(field.key, field.value, f, &updateDate)))
                break;
        }
    }
    if (e) {
        *error = QString::fromLatin1(simdjson::error_message(e));
        return false;
    }
    if (f->year == 0 && updateDate.size() >= 10) // no versions: the last update is the best date there is
        f->year = updateDate.left(4).toInt();
    return true;
}

} // namespace

bool ArxivReader::parseRfc2822(QByteArrayView date, int *year, int *month, int *day)
{
    static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    QByteArrayView s = date.trimmed();
    if (const qsizetype comma = s.indexOf(','); comma >= 0)
        s = s.sliced(comma + 1).trimmed(); // the day of the week
    qsizetype i = 0;
    auto word = [&]() {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const qsizetype b = i;
        while (i < s.size() && s[i] != ' ')
            ++i;
        return s.sliced(b, i - b);
    };
    const QByteArrayView d = word(), m = word(), y = word();
    bool okDay = false, okYear = false;
    const int dayValue = d.toInt(&okDay);
    const int yearValue = y.toInt(&okYear);
    if (!okDay || !okYear || m.size() != 3 || dayValue < 1 || dayValue > 31 || yearValue < 1000 || yearValue > 9999)
        return false;
    const QByteArray name = m.toByteArray().toLower();
    const char *found = std::strstr(months, name.constData());
    if (!found || (found - months) % 3 != 0)
        return false;
    *year = yearValue;
    *month = int(found - months) / 3 + 1;
    *day = dayValue;
    return true;
}

bool ArxivReader::parseLine(QByteArrayView line, CorpusBuilder::Fields *fields, QString *error)
{
    thread_local dom::parser parser;
    const simdjson::padded_string padded(line.data(), size_t(line.size()));
    return parseWith(parser, padded.data(), padded.size(), padded.size() + simdjson::SIMDJSON_PADDING, fields, error);
}

namespace {

struct ParsedLine
{
    CorpusBuilder::Prepared prepared;
    QString error;
    bool ok = false;
};

struct LineRef
{
    qsizetype pos;
    qsizetype len;
    int number;
};

// The complete lines of a block, without blank ones; *lineNumber advances past all of them.
std::vector<LineRef> splitLines(const QByteArray &block, qsizetype end, int *lineNumber)
{
    std::vector<LineRef> lines;
    const char *d = block.constData();
    for (qsizetype pos = 0; pos < end;) {
        const void *nl = std::memchr(d + pos, '\n', size_t(end - pos));
        const qsizetype stop = nl ? static_cast<const char *>(nl) - d : end;
        qsizetype b = pos, e = stop;
        while (b < e && (d[b] == ' ' || d[b] == '\t' || d[b] == '\r'))
            ++b;
        while (e > b && (d[e - 1] == ' ' || d[e - 1] == '\t' || d[e - 1] == '\r'))
            --e;
        ++*lineNumber;
        if (e > b)
            lines.push_back({b, e - b, *lineNumber});
        pos = stop + 1;
    }
    return lines;
}

// Parses the lines of one block on every core, then hands the records to the sink in file order.
// `parsed` is kept from block to block, so its memory is faulted in once.
void parseBlock(const QByteArray &block, const std::vector<LineRef> &lines, std::vector<dom::parser> &parsers,
                std::vector<ParsedLine> &parsed, RecordSink &sink)
{
    parsed.resize(lines.size());
    const ParallelChunks chunks(lines.size(), 512);
    const size_t capacity = size_t(block.size());
    chunks.run([&](size_t c, size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
            const LineRef &l = lines[i];
            CorpusBuilder::Fields fields;
            fields.line = l.number;
            parsed[i].ok = parseWith(parsers[c], block.constData() + l.pos, size_t(l.len), capacity - size_t(l.pos),
                                     &fields, &parsed[i].error);
            if (parsed[i].ok)
                parsed[i].prepared = CorpusBuilder::prepare(fields);
        }
    });
    for (size_t i = 0; i < parsed.size(); ++i) {
        if (parsed[i].ok)
            sink.add(std::exchange(parsed[i].prepared, {}));
        else
            sink.warn(lines[i].number, tr("this line is not a JSON object (%1); skipped.").arg(parsed[i].error));
    }
}

} // namespace

CorpusParser::Result ArxivReader::read(QIODevice &in, const QString &name, const CorpusParser::Options &options,
                                       qint64 totalBytes)
{
    RecordSink sink(name);
    sink.reserveFor(totalBytes, 512); // a snapshot line is 1.6 KB on average, and holds more than its text
    std::vector<dom::parser> parsers(ParallelChunks::threads());
    constexpr auto kPadding = qsizetype(simdjson::SIMDJSON_PADDING);
    // Two block buffers, padded for simdjson: while the lines of one are parsed, the next is read
    // into the other (for a gzip file that is the inflating), the partial last line copied to its
    // front first. No bigger than the input when its size is known, else 64 KB doubling per full
    // block up to kBlockBytes (and more for a longer line): a 32 MB buffer, zeroed, for each small
    // input made the arXiv fuzz target 43 executions a second, and a 1 MB start grown to 2 MB for
    // every short gzip input cost it half its time in page faults. It grows only when a read filled
    // it. The padding is zeroed before each parse and nothing past `filled` is read, so the buffers
    // start uninitialized.
    const qsizetype blockBytes = qsizetype(std::clamp<qint64>(totalBytes > 0 ? totalBytes + 1 : 64 << 10, 4096, kBlockBytes));
    QByteArray block(blockBytes + kPadding, Qt::Uninitialized);
    QByteArray spare;
    qsizetype filled = 0, carried = 0, aheadRoom = 0;
    std::future<qint64> ahead; // the read into `spare`, after the `carried` bytes
    bool carryInPlace = false; // all the bytes of a known size are in: no read ahead
    std::vector<ParsedLine> parsed;
    qint64 consumed = 0;
    int lineNumber = 0;
    bool eof = false;
    while (!eof) {
        if (RecordSink::isCancelled(options))
            return RecordSink::cancelled(); // after the read ahead (the future waits as it goes)
        qsizetype room;
        qint64 got;
        if (ahead.valid()) {
            got = ahead.get();
            room = aheadRoom;
            std::swap(block, spare);
            filled = carried;
        } else {
            room = block.size() - kPadding - filled;
            got = in.read(block.data() + filled, room);
        }
        eof = got <= 0;
        const bool full = got == room;
        filled += qMax<qint64>(got, 0);
        consumed += qMax<qint64>(got, 0);
        qsizetype end = filled;
        if (!eof) {
            const qsizetype lastNewline = QByteArrayView(block.constData(), filled).lastIndexOf('\n');
            if (lastNewline < 0) { // no complete line yet: read on, growing a full block
                if (full)
                    block.resize(block.size() * 2);
                continue;
            }
            end = lastNewline + 1;
        }
        std::memset(block.data() + filled, 0, size_t(kPadding));
        const std::vector<LineRef> lines = splitLines(block, end, &lineNumber);
        if (!eof && totalBytes > 0 && consumed >= totalBytes) {
            // Only the end of the input is left to read: it is read after the parse, without a
            // thread (a thread per small input was most of the arXiv fuzz target's time).
            carried = filled - end;
            carryInPlace = true;
        } else if (!eof) {
            qsizetype next = block.size();
            if (full && next < kBlockBytes)
                next = std::min<qsizetype>(next * 2, kBlockBytes + kPadding);
            if (spare.size() < next)
                spare.resize(next);
            carried = filled - end;
            std::memcpy(spare.data(), block.constData() + end, size_t(carried));
            aheadRoom = spare.size() - kPadding - carried;
            ahead = std::async(std::launch::async, [&in, &spare, carried, room = aheadRoom] {
                return in.read(spare.data() + carried, room);
            });
        }
        parseBlock(block, lines, parsers, parsed, sink);
        if (carryInPlace) {
            std::memmove(block.data(), block.constData() + end, size_t(carried));
            filled = carried;
            carryInPlace = false;
        }
        if (options.progress && totalBytes > 0)
            options.progress(0.9 * double(consumed) / double(totalBytes));
    }
    CorpusParser::Result result = sink.finish(tr("arXiv JSON lines"));
    if (options.progress)
        options.progress(1.0);
    return result;
}
