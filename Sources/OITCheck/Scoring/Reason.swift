import OITCore

/// Why an item is not a pass, in words a person can act on, in Thai and English: what is wrong
/// and what to do. The catalogue of reasons is in `Verification/CandidateReasons.swift`.
public typealias Reason = LocalizedText
