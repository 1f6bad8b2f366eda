import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Below this much free space on the SQLite file's volume, `/health` reports the disk as full: writes are
    /// about to fail.
    public static let minimumFreeDiskBytes: Int64 = 32 << 20

    /// Free bytes on the volume that holds the SQLite file; nil on PostgreSQL (its disk is the server's).
    public func freeDiskBytes() -> Int64? {
        guard case .sqlite(let path) = location else { return nil }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var stats = statvfs()
        guard statvfs(directory.isEmpty ? "." : directory, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }

    /// Whether writes fail for want of space: the last write found the disk full (and none has succeeded
    /// since), or the SQLite file's volume has less than `minimumFreeDiskBytes` left.
    public var diskIsFull: Bool {
        if lastWriteFoundDiskFull.withLockedValue({ $0 }) { return true }
        return freeDiskBytes().map { $0 < Self.minimumFreeDiskBytes } ?? false
    }
}
