# Container protocol: __len__, __getitem__, __contains__, __iter__ on a playlist.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        return self.songs[index]
    def __contains__(self, song):
        print("checking", song)
        return song in self.songs
    def __iter__(self):
        return iter(self.songs)

p = Playlist("intro", "verse", "outro")
print(len(p), p[0], p[-1], p[0:2])
print("verse" in p, "bridge" in p)
print(list(p), bool(Playlist()), bool(p))
for song in p:
    print("-", song)
