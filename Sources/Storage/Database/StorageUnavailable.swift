import AsyncKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore

/// The database cannot do its part just now: it cannot be reached, it did not answer in time, or its disk is
/// full. Nothing the request asked for is known to have happened; the same request may be tried again later.
/// The server answers 503 with `Retry-After` for it.
public struct StorageUnavailable: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable {
        /// No connection could be made or kept (the database server is down or restarting).
        case unreachable
        /// A unit of work took longer than the store's database timeout.
        case timedOut
        /// The database's disk (or SQLite file's volume) is full.
        case diskFull
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreachable: "the database cannot be reached"
        case .timedOut: "the database did not answer in time"
        case .diskFull: "the database's disk is full"
        }
    }

    /// The error as an outage of the database, when it is one (driver errors are known only here).
    public init?(classifying error: any Error) {
        switch error {
        case let error as StorageUnavailable:
            self = error
        case let error as SQLiteError:
            switch error.reason {
            case .full: self.init(.diskFull)
            case .busy, .busyTimeout, .locked: self.init(.timedOut)
            case .ioError, .ioErrorFailedWrite, .ioErrorFailedSync, .ioErrorFailedRead, .cantOpen:
                self.init(.unreachable)
            default: return nil
            }
        case let error as PSQLError:
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
                self.init(.unreachable)
            case .server:
                let state = error.serverInfo?[.sqlState] ?? ""
                if state == "53100" {
                    self.init(.diskFull)
                } else if state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300" {
                    // Connection exceptions, the server shutting down or starting, too many connections.
                    self.init(.unreachable)
                } else {
                    return nil
                }
            default: return nil
            }
        case is ConnectionPoolTimeoutError:
            self.init(.timedOut)
        case is ConnectionPoolError, is NIOConnectionError:
            self.init(.unreachable)
        case let error as ChannelError where error == .ioOnClosedChannel || error == .alreadyClosed:
            self.init(.unreachable)
        default:
            return nil
        }
    }
}
