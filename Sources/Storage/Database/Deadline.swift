import Foundation

/// Runs `work` and answers its result, or throws `StorageUnavailable(.timedOut)` once `limit` has passed —
/// without waiting for work that never returns, such as a ROLLBACK sent on a connection that the database
/// server dropped (PostgresNIO leaves it waiting for ever). The work is cancelled then, but may still finish:
/// a timed-out write is "not known to have happened", not "known not to have happened".
/// `onTimeout` runs before the caller is answered.
func withDeadline<T: Sendable>(
    _ limit: Duration, onTimeout: @escaping @Sendable () -> Void = {}, _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    let gate = DeadlineGate<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            guard gate.open(continuation) else { return }
            let worker = Task {
                do {
                    gate.finish(.success(try await work()))
                } catch {
                    gate.finish(.failure(error))
                }
            }
            gate.watch(
                worker: worker,
                timer: Task {
                    guard (try? await Task.sleep(for: limit)) != nil else { return }
                    if gate.finish(.failure(StorageUnavailable(.timedOut)), before: onTimeout) { worker.cancel() }
                })
        }
    } onCancel: {
        gate.cancel()
    }
}

/// The one answer of `withDeadline`: the first of the work, the timer and cancellation to finish resumes the
/// caller; the others find it done.
private final class DeadlineGate<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var worker: Task<Void, Never>?
    private var timer: Task<Void, Never>?
    private var done = false

    /// Keeps the caller's continuation; false (and the caller resumed with cancellation) when it was already
    /// cancelled.
    func open(_ continuation: CheckedContinuation<T, any Error>) -> Bool {
        let cancelled = lock.withLock {
            if done { return true }
            self.continuation = continuation
            return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
        return !cancelled
    }

    func watch(worker: Task<Void, Never>, timer: Task<Void, Never>) {
        let finished = lock.withLock {
            self.worker = worker
            self.timer = timer
            return done
        }
        if finished { timer.cancel() }
    }

    /// Resumes the caller with `result` unless something else did first; answers whether this one did.
    /// `before` runs first, if this one does.
    @discardableResult
    func finish(_ result: Result<T, any Error>, before: () -> Void = {}) -> Bool {
        let (continuation, timer): (CheckedContinuation<T, any Error>?, Task<Void, Never>?) = lock.withLock {
            guard !done else { return (nil, nil) }
            done = true
            defer { self.continuation = nil }
            return (self.continuation, self.timer)
        }
        if continuation != nil { before() }
        timer?.cancel()
        continuation?.resume(with: result)
        return continuation != nil
    }

    func cancel() {
        let worker = lock.withLock { self.worker }
        worker?.cancel()
        finish(.failure(CancellationError()))
    }
}
