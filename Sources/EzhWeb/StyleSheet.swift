/// The one stylesheet: phone first (one column, large tap targets), no scripts, no web fonts.
enum StyleSheet {
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:17px;line-height:1.45;color:#1b1f24;background:#f5f6f8}
        header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.6rem 1rem;background:#24426b;color:#fff}
        header .school{font-weight:600}
        header form{margin:0;display:flex;align-items:center;gap:.5rem}
        header button{background:transparent;color:#fff;border:1px solid #fff;border-radius:.4rem;padding:.3rem .7rem;font-size:.95rem}
        nav{display:flex;flex-wrap:wrap;gap:.3rem;padding:.5rem 1rem;background:#fff;border-bottom:1px solid #d5d9e0}
        nav a{padding:.45rem .7rem;border-radius:.4rem;text-decoration:none;color:#24426b}
        nav a.current{background:#24426b;color:#fff}
        nav .pupil{width:100%;font-weight:600;color:#444}
        main{padding:1rem;max-width:48rem;margin:0 auto}
        h1{font-size:1.3rem;margin:.2rem 0 1rem}
        h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
        a{color:#1f5fa8}
        .card{background:#fff;border:1px solid #d5d9e0;border-radius:.6rem;padding:.7rem .9rem;margin:.6rem 0}
        .card h2{margin:0 0 .3rem}
        .marks{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0}
        .mark{display:inline-block;min-width:2.2rem;padding:.15rem .4rem;border-radius:.35rem;background:#eef2f7;text-align:center}
        .mark small{color:#5a6472;font-size:.75rem}
        .mark.m5{background:#dff3e3}.mark.m4{background:#e6f0fb}.mark.m3{background:#fbf1d9}.mark.m2{background:#fbe0de}
        .figures{display:flex;flex-wrap:wrap;gap:1rem;color:#333;font-size:.95rem}
        .figures b{font-size:1.05rem}
        .legend{color:#5a6472;font-size:.85rem}
        nav.periods{display:flex;flex-wrap:wrap;gap:.3rem;margin:0 0 .6rem;padding:0;background:none;border:0}
        .periods a{padding:.3rem .6rem;border:1px solid #c3cad4;border-radius:1rem;text-decoration:none}
        .periods a.current{background:#24426b;color:#fff;border-color:#24426b}
        .lesson{border-top:1px solid #eceef1;padding:.4rem 0}
        .lesson:first-of-type{border-top:0}
        .code{font-weight:600;color:#a3261b}
        .pager{display:flex;justify-content:space-between;gap:.5rem;margin:.5rem 0}
        form.stack{display:flex;flex-direction:column;gap:.6rem;max-width:24rem}
        form.stack label{display:flex;flex-direction:column;gap:.2rem}
        input,textarea{font:inherit;padding:.55rem .6rem;border:1px solid #aab2bd;border-radius:.4rem;width:100%}
        textarea{min-height:6rem}
        button{font:inherit;padding:.6rem 1rem;border:0;border-radius:.4rem;background:#24426b;color:#fff}
        .error{background:#fbe0de;border:1px solid #e8a29b;padding:.6rem .8rem;border-radius:.4rem}
        .notice{background:#e6f0fb;border:1px solid #a8c4e6;padding:.6rem .8rem;border-radius:.4rem}
        select{font:inherit;padding:.5rem;border:1px solid #aab2bd;border-radius:.4rem;width:100%;background:#fff}
        a.thread{display:block;text-decoration:none;color:inherit}
        .badge{display:inline-block;min-width:1.4rem;padding:0 .4rem;border-radius:1rem;background:#c62f22;color:#fff;font-size:.85rem;text-align:center}
        .message .from{margin-bottom:.3rem}
        .message .body{white-space:pre-wrap;overflow-wrap:anywhere}
        .message.own{background:#eef4fb}
        form.reply{margin-top:1rem}
        ul.plain{list-style:none;padding:0}
        ul.plain li{margin:.4rem 0}
        h3{font-size:1.05rem;margin:0 0 .3rem}
        .announcement .body{white-space:pre-wrap;overflow-wrap:anywhere;margin-bottom:.3rem}
        .board{background:#fffbea;border-color:#ecd98a}
        .board h2{font-size:1rem}
        .board ul.plain{margin:0}
        ul.plain.events{padding:.2rem .9rem}
        ul.events li{margin:0;padding:.5rem 0;border-top:1px solid #eceef1;overflow-wrap:anywhere}
        ul.events li:first-child{border-top:0}
        .events .when{color:#5a6472;font-size:.9rem}
        .events .past{color:#8a929c}
        .badge.today{background:#24426b}
        """
}
