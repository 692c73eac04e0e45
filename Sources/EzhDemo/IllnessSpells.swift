/// Which pupils are off sick on which school days: spells of 3-7 school days, started at random
/// with a rate that follows each pupil's absence proneness (about 1.5 spells a year on average).
struct IllnessSpells {
    private let dayCount: Int
    private var ill: [Bool]

    init(traits: [PupilTraits], dayCount: Int, seed: UInt64) {
        self.dayCount = dayCount
        ill = Array(repeating: false, count: traits.count * dayCount)
        var random = SeededRandom(seed: seed, stream: "illness")
        for (pupil, trait) in traits.enumerated() {
            let rate = 0.008 * trait.absenceProneness
            var day = 0
            while day < dayCount {
                if random.chance(rate) {
                    let length = random.int(in: 3...7)
                    for sickDay in day..<min(dayCount, day + length) { ill[pupil * dayCount + sickDay] = true }
                    day += length
                } else {
                    day += 1
                }
            }
        }
    }

    func isIll(pupil: Int, day: Int) -> Bool { ill[pupil * dayCount + day] }
}
