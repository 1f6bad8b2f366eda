import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOPosix
import TestSupport
import Testing

@testable import Server

/// A request body that stops arriving does not hold its connection until the idle timeout.
@Suite struct BodyTimeoutTests {
    @Test func aStalledBodyIsCutOffAtTheBodyTimeout() async throws {
        try await TestDatabase.sqlite.withFreshLocation { location in
            var config = testConfig(location, demo: false)
            config.port = 0
            config.bodyTimeout = .seconds(1)
            config.idleTimeout = .seconds(60)
            let app = try await buildApplication(config)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: port) { channel in
                        channel.eventLoop.makeCompletedFuture {
                            try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                        }
                    }
                let closedInTime = try await channel.executeThenClose { inbound, outbound in
                    // A sign-in (whose handler reads the body) that promises 100 bytes, and then sends 6 of them.
                    try await outbound.write(
                        ByteBuffer(
                            string: "POST /login HTTP/1.1\r\nHost: x\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\n"
                                + "Content-Length: 100\r\n\r\nemail="))
                    return try await withThrowingTaskGroup(of: Bool.self) { group in
                        group.addTask {
                            for try await _ in inbound {}
                            return true
                        }
                        group.addTask {
                            // Well before the 60 s idle timeout, well after the 1 s body timeout.
                            try await Task.sleep(for: .seconds(15))
                            return false
                        }
                        let first = try await group.next() ?? false
                        group.cancelAll()
                        return first
                    }
                }
                #expect(closedInTime, "the server kept the connection of a stalled body open")
            }
        }
    }
}
