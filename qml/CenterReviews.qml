// SPDX-License-Identifier: MIT
// A center's reviews: the average stars and how many, each review (the user's own marked), a
// form to write or edit one's own (1 to 5 stars, up to 500 characters), and for admins Hide with
// a reason (kept in the audit trail). Read from the cache, written through the outbox.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: reviews
    objectName: "centerReviews"
    readonly property CenterReviewModel model: Console.centerCommunity.reviews
    /// The center whose reviews show (the selected one).
    property string centerId: ""
    Binding { target: reviews.model; property: "centerId"; value: reviews.centerId }
    spacing: Theme.spacingS

    function starText(n) { return "★".repeat(n) + "☆".repeat(5 - n); }

    Text {
        text: reviews.model.reviewCount === 0 ? qsTr("No reviews yet")
              : qsTr("%1 %2 · %n review(s)", "", reviews.model.reviewCount)
                .arg(reviews.starText(Math.round(reviews.model.average))).arg(reviews.model.average.toFixed(1))
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.textPrimary
    }

    Repeater {
        model: reviews.model
        delegate: ColumnLayout {
            id: reviewRow
            required property string reviewId
            required property string author
            required property int stars
            required property string text
            required property bool mine
            property bool hiding: false
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Text {
                Layout.fillWidth: true
                text: "★".repeat(reviewRow.stars) + "☆".repeat(5 - reviewRow.stars) + "  " + (reviewRow.mine ? qsTr("You") : reviewRow.author)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.warning
            }
            Text {
                Layout.fillWidth: true
                visible: reviewRow.text !== ""
                text: reviewRow.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: Console.centerCommunity.reviews.canHide
                InputField {
                    id: hideReason
                    Layout.fillWidth: true
                    visible: reviewRow.hiding
                    maximumLength: 300
                    placeholderText: qsTr("Why hide it (required)")
                }
                ActionButton {
                    text: reviewRow.hiding ? qsTr("Hide review") : qsTr("Hide…")
                    tint: Theme.danger
                    enabled: !reviewRow.hiding || hideReason.text.trim() !== ""
                    onClicked: {
                        if (!reviewRow.hiding)
                            reviewRow.hiding = true;
                        else
                            Console.centerCommunity.reviews.hide(reviewRow.reviewId, hideReason.text);
                    }
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: reviews.model.canWrite && reviews.model.centerId !== ""
        spacing: Theme.spacingXs
        SectionLabel { text: reviews.model.myStars > 0 ? qsTr("Edit your review") : qsTr("Write a review") }
        ChoiceBox {
            id: starChoice
            objectName: "reviewStars"
            model: ["★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆", "★★★★★"]
            currentIndex: Math.max(0, reviews.model.myStars - 1)
        }
        InputField {
            id: reviewText
            objectName: "reviewText"
            Layout.fillWidth: true
            maximumLength: reviews.model.maxTextLength
            text: reviews.model.myText
            placeholderText: qsTr("What helped, what did not (up to %1 characters)").arg(reviews.model.maxTextLength)
        }
        RowLayout {
            ActionButton {
                objectName: "saveReview"
                primary: true
                text: qsTr("Save review")
                onClicked: reviews.model.write(starChoice.currentIndex + 1, reviewText.text)
            }
            Text {
                Layout.fillWidth: true
                text: reviews.model.problem
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
        }
    }
}
