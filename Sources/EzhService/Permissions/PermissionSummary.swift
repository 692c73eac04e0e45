import EzhCore
import Foundation

/// A late-entry permission as the lists show it: with names, not ids.
public struct PermissionSummary: Sendable, Hashable {
    public let permission: LatePermission
    public let teacherName: String
    public let className: String?
    public let subjectName: String?
    public let grantedBy: String

    public init(permission: LatePermission, teacherName: String, className: String?, subjectName: String?, grantedBy: String) {
        self.permission = permission
        self.teacherName = teacherName
        self.className = className
        self.subjectName = subjectName
        self.grantedBy = grantedBy
    }

    /// «5А · Математика», «все классы · Математика», «5А · все предметы».
    public func scope(in language: Language) -> String {
        let anyClass = language == .ru ? "все классы" : "all classes"
        let anySubject = language == .ru ? "все предметы" : "all subjects"
        return "\(className ?? anyClass) · \(subjectName ?? anySubject)"
    }
}
