import ServiceLifecycle
import Storage

/// Keeps the database open while the server runs and closes every connection on graceful shutdown.
struct StoreService: Service {
    let store: Store

    func run() async throws {
        try? await gracefulShutdown()
        await store.shutdown()
    }
}
