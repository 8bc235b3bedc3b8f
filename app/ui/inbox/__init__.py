"""The Inbox page: incoming requests, their suggested answers, and pasting one in."""
