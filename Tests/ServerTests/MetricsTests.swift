import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Metrics
import NIOCore
import Prometheus
import Server
import TestSupport
import Testing

@Suite struct MetricsTests {
    @Test func metricsEndpointServesTheRegistryInPrometheusText() async throws {
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(name: "sistercities_test_marker_total").increment()
        try await TestDatabase.sqlite.withFreshLocation { location in
            let app = try await buildApplication(AppConfig(database: location, logLevel: .warning, metrics: registry))
            try await app.test(.router) { client async throws in
                let response = try await client.execute(uri: "/metrics", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                #expect(String(buffer: response.body).contains("sistercities_test_marker_total 1"))
            }
        }
    }
}
