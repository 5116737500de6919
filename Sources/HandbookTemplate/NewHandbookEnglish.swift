extension NewHandbook {
    /// No style is built in for English, so the handbook brings a small one to grow.
    static let english: [(path: String, text: String)] = [
        ("handbook.yml", #"""
            # The handbook's settings. Lines starting with "#" are off — remove the "# " to turn a key on.
            title: Support chat handbook              # the name: on the cover and in every page's title
            language: en                              # en or ru: the site's words, typography, dialogue labels
            # author: Support team                    # on the e-book's cover
            # description: How we answer customers      # on the front page
            # url: https://support.example.com/handbook/   # where the site is published: lint findings link there
            # edit-url: https://github.com/team/handbook/edit/main/{path}   # an "Edit this page" link under each page
            # output: site                            # the folder the site and the EPUB are written to
            # links: error                            # a link to nowhere is an error, or a warning with warn
            # folders:
            #   chapters: Handbook                    # the chapters
            #   examples: Examples                    # annotated dialogues
            #   styles: Styles                        # lint styles
            #   theme: Theme                          # your own page template and assets
            # markdown:
            #   raw-html: false                       # true lets HTML in chapters through to the pages
            lint:
              style: en-support                       # the lint style: a folder in Styles, a built-in one, or none
            # dialogue:
            #   client: [Client, Customer]            # the client's labels; the first is shown
            #   agent: [Agent, Support]               # the agent's labels

            """#),
        ("Handbook/index.md", #"""
            This is where the team writes down how we answer customers in chat and by e-mail.

            - [Writing answers](01-answers.md): concrete, in one message, with a time.
            - [Ready answers](02-scripts.md): wording for frequent cases.

            `handbook lint` checks a draft answer, and so does the site's check page.

            """#),
        ("Handbook/01-answers.md", #"""
            ---
            title: Writing answers
            summary: Concrete, in one message, with a time
            ---
            A customer needs an answer, not a promise of one.

            ## Concrete, not vague

            ```compare
            Vague: Your refund will arrive soon.
            Concrete: Your refund reaches your card by May 20.
            ```

            The linter finds [vague deadlines](rule:promise.vague-deadline) in a draft before it is sent.

            ## A time, and what happens next

            ```dialogue
            client: Where is my order?
            agent: It will arrive soon.
            > ✗ promise.vague-deadline: "soon" says nothing about when
            client: When exactly?
            agent: The courier brings it today before 6 pm.
              They call an hour ahead.
            > ✓ a time and what happens next
            ```

            > [!TIP]
            > Put the answer in one message: each new one is another notification.

            A whole dialogue is taken apart in [an example](example:refund-vague-bad).

            """#),
        ("Handbook/02-scripts.md", #"""
            ---
            title: Ready answers
            summary: Wording for frequent cases
            ---
            ```script
            Title: Refund on its way
            Situation: The customer asks when the money comes back
            When to use: the refund is made and the bank's time is known
            ---
            {Name}, your refund was made on {date}. The money reaches your card by {deadline}.
            ```

            > [!WARNING]
            > Do not promise a time you do not know: find it out and come back with it.

            Every rule is in the [list of rules](rule:), every example in the [gallery](example:).

            """#),
        ("Examples/refund-vague-bad.md", #"""
            ---
            title: A vague refund time
            channel: chat
            topic: refunds
            verdict: bad
            rules: [promise.vague-deadline]
            fixed: refund-vague-good
            ---
            The customer asks about the money, and the answer gives no time.

            ```dialogue
            client: When do I get my money back?
            agent: Hello! The money comes back as soon as possible.
            > ✗ promise.vague-deadline: "as soon as possible" is no time
            ```

            """#),
        ("Examples/refund-vague-good.md", #"""
            ---
            title: The refund time is named
            channel: chat
            topic: refunds
            verdict: good
            ---
            The same question: the answer has a date and what was done.

            ```dialogue
            client: When do I get my money back?
            agent: Hello! The refund is made, and the money reaches your card by May 20.
            > ✓ a date and what was done
            ```

            """#),
        ("Styles/en-support/style.yml", #"""
            # The style's settings: the language it checks. Add a rule as one more .yml file here.
            language: en

            """#),
        ("Styles/en-support/promise.vague-deadline.yml", #"""
            extends: existence
            name: Vague deadline
            message: "\"{match}\" is a vague time. Name one: \"by 6 pm\", \"within 2 hours\", \"tomorrow morning\"."
            level: warning
            description: A vague time instead of a concrete one ("soon", "as soon as possible").
            tokens:
              - =soon
              - as soon as possible
              - =asap
              - =shortly
              - in the near future
              - at some point

            """#),
        ("Styles/en-support/chat.ladder.yml", #"""
            extends: ladder
            name: Ladder
            message: "A ladder: one thought in several short messages, each a notification. Put them in one message."
            level: warning
            description: Several short messages in a row instead of one whole answer.
            # A message of this many words or fewer next to another is a fragment.
            max: 4

            """#),
    ]
}
