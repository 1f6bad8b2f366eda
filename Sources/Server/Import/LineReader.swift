import CompressNIO
import Foundation
import NIOCore

/// Reads a text file line by line in chunks, never whole: plain, or gzipped (told by its first two bytes).
/// Lines end with LF or CRLF; a line that is not UTF-8 is handed over as nil, for the caller to report.
struct LineReader {
    let path: String
    static let chunkSize = 1 << 20

    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case corrupt(String)

        var description: String {
            switch self {
            case .unreadable(let path): "cannot read \(path)"
            case .corrupt(let path): "\(path) is not a complete gzip file"
            }
        }
    }

    typealias Line = (number: Int, text: Substring?)

    /// Calls `body` with the lines of each chunk read, with their numbers (from 1); answers the bytes read.
    @discardableResult
    func forEachChunk(_ body: ([Line], _ bytesRead: Int) async throws -> Void) async throws -> Int {
        var lines: [Line] = []
        let collect: LineSplitter.Body = { lines.append(($0, $1)) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure.unreadable(path) }
        defer { try? handle.close() }
        var splitter = LineSplitter()
        var first = true
        var decompressor: ZlibDecompressor?
        var window = ByteBufferAllocator().buffer(capacity: Self.chunkSize)
        var read = 0
        while let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty {
            read += data.count
            if first {
                first = false
                if data.count >= 2, data[data.startIndex] == 0x1f, data[data.startIndex + 1] == 0x8b {
                    decompressor = try ZlibDecompressor(algorithm: .gzip)
                }
            }
            if let decompressor {
                var compressed = ByteBuffer(bytes: data)
                do {
                    try compressed.decompressStream(with: decompressor, window: &window) { out in
                        try splitter.feed(out.readableBytesView, collect)
                    }
                } catch let error as CompressNIOError where error != .bufferOverflow {
                    throw Failure.corrupt(path)
                }
                window.clear()
            } else {
                try splitter.feed(data, collect)
            }
            try await body(lines, read)
            lines.removeAll(keepingCapacity: true)
        }
        try splitter.finish(collect)
        if !lines.isEmpty { try await body(lines, read) }
        return read
    }
}

/// Cuts bytes into lines, carrying a partial line over to the next chunk.
private struct LineSplitter {
    typealias Body = (Int, Substring?) throws -> Void
    var carry: [UInt8] = []
    var number = 0

    mutating func feed<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ body: Body) throws {
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                if carry.isEmpty {
                    try emit(bytes[start..<index], body)
                } else {
                    carry.append(contentsOf: bytes[start..<index])
                    try emit(carry[...], body)
                    carry.removeAll(keepingCapacity: true)
                }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        carry.append(contentsOf: bytes[start..<bytes.endIndex])
    }

    mutating func finish(_ body: Body) throws {
        if !carry.isEmpty { try emit(carry[...], body) }
        carry = []
    }

    private mutating func emit<Bytes: Collection<UInt8>>(_ line: Bytes, _ body: Body) throws {
        number += 1
        var bytes = Array(line)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        try body(number, String(validating: bytes, as: UTF8.self).map { Substring($0) })
    }
}
