import EzhCore
import EzhSheets
import Foundation

/// The files a large school would import (44 classes, 1,100 pupils, about 2,000 parents, their
/// timetable and a КТП of one topic a lesson), made from the sample school of
/// docs/samples/school: its four classes repeated eleven times, each copy with teachers and rooms
/// of its own (so the timetable has no clash), its pupils repeated to 25 a class, every pupil
/// with the sample parents of the pupil it copies (a second parent for most who had one). The
/// demo generator does not write import files yet; when it does, the benchmark should import
/// those instead.
struct LargeSchoolFiles {
    /// How many times the sample's classes are repeated, and how many pupils each class gets.
    let copies: Int
    let pupilsPerClass: Int

    static let large = LargeSchoolFiles(copies: 11, pupilsPerClass: 25)

    /// Letters for the copies' classes, in the order schools use them.
    private static let letters = Array("АБВГДЕЖИКЛМНОПРСТУФХЦЭЮЯ").map(String.init)
    /// Weeks in the sample's year, by which the curriculum's hours a week become hours a year.
    private static let weeks = 34

    /// Writes one file per kind into `directory`; the paths by kind.
    func write(samples: String, to directory: String) throws -> [ImportKind: String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let sample = try ImportKind.allCases.reduce(into: [ImportKind: SheetTable]()) { tables, kind in
            tables[kind] = try SheetReader.read(path: "\(samples)/\(kind.rawValue).csv")
        }
        let names = classNames(sample[.classes]!)
        var files: [ImportKind: (headers: [String], rows: [[String]])] = [:]
        for kind in [ImportKind.bells, .calendar] { files[kind] = (sample[kind]!.headers, sample[kind]!.rows.map(\.cells)) }
        files[.staff] = staff(sample[.staff]!)
        files[.classes] = classes(sample[.classes]!, names)
        let (pupils, pupilMap) = pupils(sample[.pupils]!, names)
        files[.pupils] = pupils
        files[.parents] = parents(sample[.parents]!, pupilMap)
        files[.curriculum] = perClass(sample[.curriculum]!, names) { row, _ in row }
        files[.timetable] = perClass(sample[.timetable]!, names) { row, copy in
            var row = row
            row[5] = login(row[5], copy)
            row[6] = room(row[6], copy)
            return row
        }
        files[.ktp] = plans(sample[.ktp]!, curriculum: files[.curriculum]!.rows)
        var paths: [ImportKind: String] = [:]
        for (kind, file) in files {
            let path = "\(directory)/\(kind.rawValue).csv"
            try SheetWriter.template(headers: file.headers, sample: file.rows).write(to: URL(fileURLWithPath: path))
            paths[kind] = path
        }
        return paths
    }

    /// Each sample class's name in each copy: the same grade, the next free letter.
    private func classNames(_ table: SheetTable) -> [[String: String]] {
        var used: [Int: Int] = [:]
        return (0..<copies).map { _ in
            Dictionary(uniqueKeysWithValues: table.rows.map { row in
                let name = row[0]
                let grade = Int(name.prefix { $0.isNumber }) ?? 0
                let letter = Self.letters[used[grade, default: 0]]
                used[grade, default: 0] += 1
                return (name, "\(grade)\(letter)")
            })
        }
    }

    private func login(_ login: String, _ copy: Int) -> String { copy == 0 ? login : "\(login)\(copy + 1)" }

    private func room(_ room: String, _ copy: Int) -> String {
        guard copy > 0, !room.isEmpty else { return room }
        return Int(room).map { String($0 + 100 * copy) } ?? "\(room) \(copy + 1)"
    }

    /// The sample's staff, and in every further copy its teachers again (as teachers only).
    private func staff(_ table: SheetTable) -> (headers: [String], rows: [[String]]) {
        var rows = table.rows.map(\.cells)
        for copy in 1..<copies {
            for row in table.rows where !row[6].isEmpty {
                rows.append([row[0], row[1], row[2], row[3], login(row[4], copy), "учитель", row[6], ""])
            }
        }
        return (table.headers, rows)
    }

    private func classes(_ table: SheetTable, _ names: [[String: String]]) -> (headers: [String], rows: [[String]]) {
        perClass(table, names) { row, copy in [row[0], login(row[1], copy), room(row[2], copy), row[3]] }
    }

    /// Every row of a per-class file once a copy, its class renamed and `change` applied.
    private func perClass(
        _ table: SheetTable, _ names: [[String: String]], _ change: ([String], Int) -> [String]
    ) -> (headers: [String], rows: [[String]]) {
        let rows = names.enumerated().flatMap { copy, name in
            table.rows.map { row in
                var cells = change(row.cells, copy)
                cells[0] = name[row[0]] ?? row[0]
                return cells
            }
        }
        return (table.headers, rows)
    }

    /// `pupilsPerClass` pupils in every class, each a copy of a sample pupil of the class it
    /// copies with a personal-file number of its own; which sample pupil each new number copies.
    private func pupils(_ table: SheetTable, _ names: [[String: String]]) -> ((headers: [String], rows: [[String]]), [String: String]) {
        let byClass = Dictionary(grouping: table.rows) { $0[6] }
        var rows: [[String]] = []
        var copied: [String: String] = [:]
        for name in names {
            for (sampleClass, newClass) in name.sorted(by: { $0.value < $1.value }) {
                let sample = byClass[sampleClass] ?? []
                for index in 0..<pupilsPerClass where !sample.isEmpty {
                    var cells = sample[index % sample.count].cells
                    let number = "\(1000 + rows.count)/2025"
                    copied[number] = cells[5]
                    cells[5] = number
                    cells[6] = newClass
                    rows.append(cells)
                }
            }
        }
        return ((table.headers, rows), copied)
    }

    /// Each pupil's parents: the sample parents of the pupil it copies, and for four in five of
    /// those with one parent a second one.
    private func parents(_ table: SheetTable, _ pupils: [String: String]) -> (headers: [String], rows: [[String]]) {
        var bySamplePupil: [String: [[String]]] = [:]
        for row in table.rows {
            for child in row[6].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                bySamplePupil[child, default: []].append(row.cells)
            }
        }
        var rows: [[String]] = []
        for (index, (number, sample)) in pupils.sorted(by: { $0.key < $1.key }).enumerated() {
            var parents = bySamplePupil[sample] ?? []
            if parents.count == 1, index % 5 != 0 {
                let mother = parents[0][5] != "мать"
                parents.append([
                    parents[0][0], mother ? "Ирина" : "Андрей", mother ? "Викторовна" : "Николаевич", "", "", mother ? "мать" : "отец", "",
                ])
            }
            for var parent in parents {
                parent[3] = "+7 9\(String(format: "%02d", rows.count % 100)) \(String(format: "%03d", rows.count / 100))-00-00"
                parent[6] = number
                rows.append(parent)
            }
        }
        return (table.headers, rows)
    }

    /// A КТП of one topic a lesson for every subject of the curriculum taught to the whole class
    /// (a split subject would need one plan a group), its topics the sample's, numbered.
    private func plans(_ table: SheetTable, curriculum: [[String]]) -> (headers: [String], rows: [[String]]) {
        let topics = Array(Set(table.rows.map { $0[4] })).sorted()
        var rows: [[String]] = []
        for line in curriculum where line[3] != "да" {
            let hours = (Int(line[2]) ?? 0) * Self.weeks
            for number in 1...max(1, hours) {
                rows.append([line[0], line[1], "", String(number), "\(topics[number % topics.count]), урок \(number)", "1"])
            }
        }
        return (table.headers, rows)
    }
}
