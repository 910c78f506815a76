import Foundation

/// The URLs waiting to be fetched: highest priority first, then the shallowest, then the
/// earliest found. A URL is queued once; found again at a smaller depth or a higher priority, it
/// moves up. A binary heap with lazy removal of superseded places: O(log n) a push or a pop.
struct Frontier {
    struct Entry {
        let url: URL
        let key: String
        var depth: Int
        var priority: Int
        let order: Int
        let via: URL?
    }

    /// What the heap orders by; a place is stale when its entry has moved since.
    private struct Place {
        let priority: Int
        let depth: Int
        let order: Int
        let key: String

        func comesBefore(_ other: Place) -> Bool {
            if priority != other.priority { return priority > other.priority }
            if depth != other.depth { return depth < other.depth }
            return order < other.order
        }
    }

    private var entries: [String: Entry] = [:]
    private var heap: [Place] = []
    private var nextOrder = 0

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    func contains(_ key: String) -> Bool { entries[key] != nil }

    /// Queues `url` unless it is queued already (then it keeps the better depth and priority).
    mutating func push(_ url: URL, key: String, depth: Int, priority: Int, via: URL?) {
        if entries[key] != nil {
            raise(key: key, depth: depth, priority: priority)
            return
        }
        let entry = Entry(url: url, key: key, depth: depth, priority: priority, order: nextOrder, via: via)
        nextOrder += 1
        entries[key] = entry
        insert(Place(priority: priority, depth: depth, order: entry.order, key: key))
    }

    /// Gives a queued URL a smaller depth or a higher priority; does nothing for others.
    mutating func raise(key: String, depth: Int, priority: Int) {
        guard var existing = entries[key], depth < existing.depth || priority > existing.priority else { return }
        existing.depth = min(existing.depth, depth)
        existing.priority = max(existing.priority, priority)
        entries[key] = existing
        insert(Place(priority: existing.priority, depth: existing.depth, order: existing.order, key: key))
    }

    /// The next URL to fetch.
    mutating func pop() -> Entry? {
        while let top = removeTop() {
            guard let entry = entries[top.key], entry.priority == top.priority, entry.depth == top.depth else { continue }
            entries[top.key] = nil
            return entry
        }
        return nil
    }

    private mutating func insert(_ place: Place) {
        heap.append(place)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].comesBefore(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func removeTop() -> Place? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < heap.count, heap[left].comesBefore(heap[first]) { first = left }
            if right < heap.count, heap[right].comesBefore(heap[first]) { first = right }
            if first == parent { break }
            heap.swapAt(parent, first)
            parent = first
        }
        return top
    }
}
