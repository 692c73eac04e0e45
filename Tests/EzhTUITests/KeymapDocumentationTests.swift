import EzhCore
import EzhTUI
import Foundation
import XCTest

/// docs/keymap.md shows the help generated from the default keymap; it must not go stale.
final class KeymapDocumentationTests: XCTestCase {
    func testTheKeymapReferenceMatchesTheLiveDefaultKeymap() throws {
        let root = URL(fileURLWithPath: keymapFolder).deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/keymap.md"), encoding: .utf8)
        let start = try XCTUnwrap(page.range(of: "<!-- generated: ezh keys --lang en -->\n```\n"))
        let end = try XCTUnwrap(page.range(of: "\n```\n<!-- end generated -->"))
        let documented = String(page[start.upperBound..<end.lowerBound])
        let live = KeymapLoader(directories: [keymapFolder], userFile: nil).load(named: "default")
        XCTAssertEqual(live.problems, [])
        XCTAssertEqual(documented, HelpText.text(for: live.keymap, strings: Strings(.en)),
                       "regenerate docs/keymap.md with `ezh keys --lang en`")
    }
}
