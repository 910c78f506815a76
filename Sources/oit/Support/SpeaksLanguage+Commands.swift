import OITCore

// The commands with --lang: their failures are reported in it.
extension CheckCommand: SpeaksLanguage { var outputLanguage: Language { language.lang } }
extension BatchCommand: SpeaksLanguage { var outputLanguage: Language { language.lang } }
extension CrawlCommand: SpeaksLanguage { var outputLanguage: Language { language.lang } }
extension DiffCommand: SpeaksLanguage { var outputLanguage: Language { language.lang } }
extension DemoCommand: SpeaksLanguage { var outputLanguage: Language { language.lang } }
extension ListChecklists: SpeaksLanguage { var outputLanguage: Language { language.lang } }
extension ShowChecklist: SpeaksLanguage { var outputLanguage: Language { language.lang } }
